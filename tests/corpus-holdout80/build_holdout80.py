# ruff: noqa: E501, RUF001
# Hand-written message text stays one paragraph a line, as clients send it, with the
# typographic quotes and dashes people really type.
"""Build held-out reply corpus 80: `h80-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Northgate Courier Services after an overdue
reminder. The new text of each message is written by hand below; the script adds only what a
mail client or server would add (the quoted reminder, headers, MIME structure, charsets and
transfer encodings). Deterministic: fixed seed, fixed boundaries, Message-IDs from each key,
no clock. It writes next to itself.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
SEED = "holdout80-20270607"
PREFIX = "h80"
AR_NAME = "Northgate Courier Services – Accounts Receivable"
AR_ADDR = "receivables@northgate-courier.example"
AR_HOST = "mail.northgate-courier.example"
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
FIRST_DAY = date(2027, 6, 7)
LAST_DAY = date(2027, 7, 2)


class Label(TypedDict):
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


LABEL_ORDER = tuple(Label.__annotations__)

# --------------------------------------------------------------------------------------------
# Locale tables: the reminder Northgate sends, and how each client quotes it
# --------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
SHORT_DAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}

REMINDER_SUBJECT = {
    "en": "Overdue reminder: invoice {inv}",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} vervallen",
    "it": "Sollecito: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": "Dear customer,\n\nOur records show that invoice {inv} for {amount} (account deliveries, fuel surcharge and waiting time as listed on your weekly statement) was due for payment on {due} and is still unpaid.\n\nPlease arrange payment to Northgate Courier Services Ltd quoting the invoice number, or tell us if there is a query we can help with.\n\nKind regards,\nAccounts Receivable\nNorthgate Courier Services\nreceivables@northgate-courier.example | 0161 496 0732",
    "de": "Sehr geehrte Damen und Herren,\n\nlaut unserer Buchhaltung ist die Rechnung {inv} über {amount} (Kontozustellungen, Treibstoffzuschlag und Wartezeiten gemäß Wochenauszug) seit dem {due} fällig und noch offen.\n\nBitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer oder geben Sie uns Bescheid, falls es Rückfragen gibt.\n\nMit freundlichen Grüßen\nDebitorenbuchhaltung\nNorthgate Courier Services",
    "fr": "Madame, Monsieur,\n\nSauf erreur de notre part, la facture {inv} d’un montant de {amount} (livraisons en compte, surcharge carburant et temps d’attente selon votre relevé hebdomadaire) était payable le {due} et reste impayée à ce jour.\n\nMerci de procéder au règlement en rappelant le numéro de facture, ou de nous faire part de toute question.\n\nCordialement,\nService comptabilité clients\nNorthgate Courier Services",
    "es": "Estimado cliente:\n\nSegún nuestros registros, la factura {inv} por importe de {amount} (entregas en cuenta, recargo por combustible y tiempos de espera según su extracto semanal) venció el {due} y sigue pendiente de pago.\n\nLe rogamos que realice el pago indicando el número de factura o que nos comunique cualquier incidencia.\n\nUn saludo,\nDepartamento de Cobros\nNorthgate Courier Services",
    "nl": "Geachte klant,\n\nVolgens onze administratie is factuur {inv} van {amount} (ritten op rekening, brandstoftoeslag en wachttijd volgens uw weekoverzicht) op {due} vervallen en nog niet voldaan.\n\nWilt u het bedrag onder vermelding van het factuurnummer overmaken, of ons laten weten als er vragen zijn?\n\nMet vriendelijke groet,\nDebiteurenadministratie\nNorthgate Courier Services",
    "it": "Gentile cliente,\n\ndai nostri registri risulta che la fattura {inv} di {amount} (consegne in conto, supplemento carburante e tempi di attesa come da estratto settimanale) è scaduta il {due} e non è ancora stata saldata.\n\nLa preghiamo di provvedere al pagamento indicando il numero di fattura, oppure di segnalarci eventuali contestazioni.\n\nCordiali saluti,\nUfficio Crediti\nNorthgate Courier Services",
}
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
}
REPLY_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
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
GMAIL_ATTR = {
    "en": "On {sd}, {d} {mon} {y} at {hm}, {who} <{addr}> wrote:",
    "de": "Am {sd}, {d}. {month} {y} um {hm} Uhr schrieb {who} <{addr}>:",
    "fr": "Le {sd} {d} {month} {y} à {hm}, {who} <{addr}> a écrit :",
    "es": "El {sd}, {d} {mon} {y} a las {h}:{mi}, {who} (<{addr}>) escribió:",
    "nl": "Op {sd} {d} {mon} {y} om {hm} schreef {who} <{addr}>:",
    "it": "Il giorno {sd} {d} {mon} {y} alle ore {hm} {who} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mon} {y}, at {hm}, {who} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {hm} schrieb {who} <{addr}>:",
    "fr": "Le {d} {month} {y} à {hm}, {who} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {h}:{mi}, {who} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y}, om {hm} heeft {who} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {hm}, {who} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mm}/{y} {hm}, {who} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {hm} schrieb {who}:",
    "fr": "Le {dd}/{mm}/{y} à {hm}, {who} a écrit :",
    "es": "El {d}/{m}/{yy} a las {h}:{mi}, {who} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {hm} schreef {who}:",
    "it": "Il {dd}/{mm}/{y} {hm}, {who} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{day}, {d} {month} {y} {hm}",
    "de": "{day}, {d}. {month} {y} {hm}",
    "fr": "{day} {d} {month} {y} {hm}",
    "es": "{day}, {d} de {month} de {y} {h}:{mi}",
    "nl": "{day} {d} {month} {y} {hm}",
    "it": "{day} {d} {month} {y} {hm}",
}
DUE_FORMAT = {
    "en": "{d} {month} {y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
NBSP = "\u00a0"
NARROW_FIXES = {"–": "-", "’": "'", "“": '"', "”": '"', "…": "...", "€": "EUR"}


def date_words(lang: str, when: datetime) -> dict[str, str]:
    month = MONTHS[lang].split()[when.month - 1]
    return {
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mm": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "h": str(when.hour),
        "mi": f"{when.minute:02d}",
        "hm": f"{when.hour:02d}:{when.minute:02d}",
        "month": month,
        "mon": month[:3],
        "day": DAYS[lang].split()[when.weekday()],
        "sd": SHORT_DAYS[lang].split()[when.weekday()],
    }


def money(lang: str, value: str) -> str:
    units, cents = value.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"£{grouped}.{cents}"
    dotted = grouped.replace(",", ".")
    if lang == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}€"
    if lang in {"nl", "it"}:
        return f"€ {dotted},{cents}"
    return f"{dotted},{cents} €"


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}|{key}|{salt}".encode()).digest()


def token(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def hexid(key: str, salt: str, size: int) -> str:
    return digest(key, salt).hex()[:size].upper()


def fit_charset(text: str, charset: str) -> str:
    """What a client in a narrow charset would send: typography it lacks is flattened."""
    if charset == "iso-8859-1":
        for wide, narrow in NARROW_FIXES.items():
            text = text.replace(wide, narrow)
    text.encode(charset)  # raises when the hand-written text does not fit
    return text


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str) -> str:
    """Thunderbird's format=flowed wrapping: soft breaks end in a space."""
    out: list[str] = []
    for line in text.split("\n"):
        lead = "> " if line.startswith("> ") else ""
        body = line[len(lead) :]
        if len(line) <= 76:
            out.append(line)
            continue
        pieces = textwrap.wrap(body, width=72 - len(lead), break_long_words=False)
        out.extend(f"{lead}{piece} " for piece in pieces[:-1])
        out.append(f"{lead}{pieces[-1]}")
    return "\n".join(out)


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def mso(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        lines.append(f'<p class="MsoNormal"><span lang="EN-GB">{inner}</span><o:p></o:p></p>')
    return "\n".join(lines)


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)
    encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0}[cte]  # 0: sent as it is
    chosen = cs.Charset(charset)
    chosen.body_encoding = encoding
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def encoded(value: str, charset: str) -> str:
    if value.isascii():
        return value
    wanted = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(wanted)
    except UnicodeEncodeError:
        wanted = "utf-8"
    return Header(value, wanted).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded(name, charset)} <{addr}>"


# --------------------------------------------------------------------------------------------
# Replies
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A message written by a customer (or by a customer's system) after the reminder."""

    key: str
    lang: str
    intent: str
    style: str
    when: str
    name: str
    addr: str
    text: str
    rlang: str | None = None
    inv: str | None = None
    owed: str | None = None
    subject: str | None = None
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str | None = None
    attach: str | None = None
    days_before: int = 2
    promised: str | None = None
    paid: str | None = None
    ret: str | None = None
    ref: str | None = None
    amount: str | None = None
    cur: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or f"NCS-48{int.from_bytes(digest(self.key, 'inv')[:4]) % 10000:04d}"

    @property
    def owed_amount(self) -> str:
        cents = 4000 + int.from_bytes(digest(self.key, "owed")[:4]) % 240000
        return self.owed or f"{cents // 100}.{cents % 100:02d}"


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    subject: str
    text: str
    sent: datetime
    msgid: str


def reminder_sent(reply_time: datetime, days_before: int) -> datetime:
    day = reply_time - timedelta(days=days_before)
    day -= timedelta(days=max(0, day.weekday() - 4))  # reminders go out on working days
    return day.replace(hour=8, minute=5 + days_before * 7 % 50)


def reminder_msgid(key: str) -> str:
    return f"<ncs-rem-{token(key, 'reminder', 20).lower()}@{AR_HOST}>"


def reminder_quote(r: Reply) -> Quote:
    lang = r.reminder_lang
    sent = reminder_sent(r.dt, r.days_before)
    due_text = DUE_FORMAT[lang].format(**date_words(lang, sent - timedelta(days=30)))
    body = REMINDER_BODY[lang].format(
        inv=r.invoice, amount=money(lang, r.owed_amount), due=due_text
    )
    subject = REMINDER_SUBJECT[lang].format(inv=r.invoice)
    return Quote(subject=subject, text=body, sent=sent, msgid=reminder_msgid(r.key))


def original_reminder(*, lang: str, rcpt: str, sent: datetime, key: str, inv: str) -> Message:
    due = sent - timedelta(days=30)
    body = REMINDER_BODY[lang].format(
        inv=inv, amount=money(lang, "612.30"), due=DUE_FORMAT[lang].format(**date_words(lang, due))
    )
    msg = text_part(body + "\n", subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = mailbox(AR_NAME, AR_ADDR, "utf-8")
    msg["To"] = rcpt
    msg["Subject"] = encoded(REMINDER_SUBJECT[lang].format(inv=inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_fields(r: Reply, q: Quote) -> list[tuple[str, str]]:
    lang = r.lang
    _, who, sent, to, subj = OUTLOOK_LABELS[lang]
    when = OUTLOOK_SENT[lang].format(**date_words(lang, q.sent))
    return [
        (who, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, when),
        (to, f"{r.name} <{r.addr}>"),
        (subj, q.subject),
    ]


def attribution(table: dict[str, str], r: Reply, q: Quote) -> str:
    return table[r.lang].format(who=AR_NAME, addr=AR_ADDR, **date_words(r.lang, q.sent))


def alternative(plain: str, markup: str, r: Reply) -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, subtype="plain", charset=r.charset, cte=r.cte))
    alt.attach(text_part(markup, subtype="html", charset=r.charset, cte=r.cte))
    return alt


def plain(r: Reply, text: str) -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def word_html(r: Reply, q: Quote) -> str:
    fields = "<br>\n".join(
        f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in outlook_fields(r, q)
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
        '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        f"{mso(r.text)}\n"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{fields}</p>\n</div>\n<p class="MsoNormal">&nbsp;</p>\n'
        f"{mso(fit_charset(q.text, r.charset))}\n</div>\n</body>\n</html>\n"
    )


def outlook_plain_block(r: Reply, q: Quote, *, divider: str) -> str:
    head = divider or OUTLOOK_LABELS[r.lang][0]
    fields = "\n".join(f"{k}: {v}" for k, v in outlook_fields(r, q))
    return f"{head}\n{fields}\n\n{q.text}"


def style_outlook(r: Reply, q: Quote) -> Message:
    block = outlook_plain_block(r, q, divider="")
    return plain(r, fit_charset(f"{r.text}\n\n{block}\n", r.charset))


def style_outlook_html(r: Reply, q: Quote) -> Message:
    block = outlook_plain_block(r, q, divider="_" * 32)
    text = fit_charset(f"{r.text}\n\n{block}\n", r.charset)
    return alternative(text, word_html(r, q), r)


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, r, q)
    text = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.text)}</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr, quote=False)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_text(q.text)}</blockquote></div>\n"
    )
    return alternative(text, markup, r)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.text}\n\n{attribution(GMAIL_ATTR, r, q)}\n\n{quoted(q.text)}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    text = f"{r.text}\n\n{attribution(APPLE_ATTR, r, q)}\n\n{quoted(q.text)}\n"
    return plain(r, fit_charset(text, r.charset))


def style_iphone(r: Reply, q: Quote) -> Message:
    sig = IPHONE_SIG[r.lang]
    return plain(r, f"{r.text}\n\n{sig}\n\n{attribution(APPLE_ATTR, r, q)}\n\n{quoted(q.text)}\n")


def style_thunderbird(r: Reply, q: Quote) -> Message:
    text = fit_charset(f"{r.text}\n\n{attribution(TB_ATTR, r, q)}\n{quoted(q.text)}\n", r.charset)
    if r.charset != "utf-8":
        return plain(r, text)
    part = plain(r, flowed(text))
    part.set_param("format", "flowed")
    return part


def style_inline(r: Reply, q: Quote) -> Message:
    """The writer answers between the quoted paragraphs, marked {p1}, {p2}… in `r.text`."""
    body = r.text
    for n, paragraph in enumerate(q.text.split("\n\n"), start=1):
        body = body.replace(f"{{p{n}}}", quoted(paragraph))
    return plain(r, fit_charset(f"{attribution(TB_ATTR, r, q)}\n{body}\n", r.charset))


def style_android(r: Reply, q: Quote) -> Message:
    block = outlook_plain_block(r, q, divider="_" * 32)
    return plain(r, f"{r.text}\n\n{ANDROID_SIG[r.lang]}\n{block}\n")


def style_notice(r: Reply, _q: Quote) -> Message:
    return plain(r, fit_charset(r.text + "\n", r.charset))


def notice_html(r: Reply) -> str:
    paragraphs = "\n".join(f"<p>{html_text(p)}</p>" for p in r.text.split("\n\n"))
    return f'<html><head><meta charset="{r.charset}"></head><body style="font-family:Arial,sans-serif;font-size:13px">\n{paragraphs}\n</body></html>\n'


def style_notice_html(r: Reply, _q: Quote) -> Message:
    return text_part(notice_html(r), subtype="html", charset=r.charset, cte=r.cte)


def style_notice_alt(r: Reply, _q: Quote) -> Message:
    return alternative(r.text + "\n", notice_html(r), r)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "android": style_android,
    "notice": style_notice,
    "notice_html": style_notice_html,
    "notice_alt": style_notice_alt,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_html": (("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")),
    "html_only": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3774.600.62)"),),
    "iphone": (("X-Mailer", "iPhone Mail (21F90)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.1",
        ),
    ),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0",
        ),
    ),
}


def message_id(r: Reply) -> str:
    domain = r.addr.split("@")[1]
    if r.style in OUTLOOK_FAMILY:
        return f"<{hexid(r.key, 'mid', 24)}@{hexid(r.key, 'host', 6)}.eurprd07.prod.outlook.com>"
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA+{token(r.key, 'mid', 40)}@mail.gmail.com>"
    if r.style in {"apple", "iphone"}:
        h = hexid(r.key, "mid", 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    return f"<{token(r.key, 'mid', 26).lower()}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(s=q.subject)
    prefix = REPLY_PREFIX[r.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def add_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    data = b"%PDF-1.4\n% invented payment proof for " + r.key.encode() + b"\n%%EOF\n"
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


def reply_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    subject = reply_subject(r, q)
    out = [
        ("From", mailbox(r.name, r.addr, r.charset)),
        ("To", mailbox(AR_NAME, AR_ADDR, "utf-8")),
    ]
    if r.cc:
        out.append(("Cc", r.cc))
    out += [
        ("Subject", encoded(fit_charset(subject, r.charset), r.charset)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", message_id(r)),
    ]
    if r.subject is None or "{s}" in r.subject:
        out += [("In-Reply-To", q.msgid), ("References", q.msgid)]
    if r.style in OUTLOOK_FAMILY:
        topic = encoded(fit_charset(q.subject, r.charset), r.charset)
        out += [
            ("Thread-Topic", topic),
            ("Thread-Index", base64.b64encode(digest(r.key, "ti")[:22]).decode()),
        ]
    return out + list(CLIENT_HEADERS.get(r.style, ())) + list(r.headers)


def build_reply(r: Reply) -> Message:
    q = reminder_quote(r)
    msg = add_attachment(r, STYLES[r.style](r, q))
    for name, value in reply_headers(r, q):
        msg[name] = value
    return finalize(msg, r.key)


def finalize(msg: Message, key: str) -> Message:
    """MIME headers after the envelope ones, MIME-Version only on top, fixed boundaries."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    strip_versions(msg)
    for n, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_NextPart_{hexid(key, f'b{n}', 20)}")
    return msg


def strip_versions(msg: Message) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not msg.is_multipart():
        return
    payload = msg.get_payload()
    children = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
    for child in children:
        if msg.get_content_type() != "message/rfc822":
            del child["MIME-Version"]
        strip_versions(child)


# --------------------------------------------------------------------------------------------
# Delivery reports
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        hours = 4 if self.kind == "soft" else 0
        return self.dt - timedelta(hours=hours, minutes=3)

    @property
    def subject(self) -> str:
        return REMINDER_SUBJECT[self.rlang].format(inv=self.inv)

    def reminder(self) -> Message:
        return original_reminder(
            lang=self.rlang, rcpt=self.rcpt, sent=self.sent, key=self.key, inv=self.inv
        )


def delivery_status(b: Bounce, *, mta: str, diag: str, remote: str = "") -> Message:
    action = "delayed" if b.kind == "soft" else "failed"
    head = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diag}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
        *(
            [f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}"]
            if action == "delayed"
            else []
        ),
    ]
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode()) for block in (head, "\n".join(fields) + "\n")]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items() if not k.startswith("Content-"))
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="8bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human(text: str, *, charset: str = "utf-8", cte: str = "qp") -> Message:
    return text_part(text, subtype="plain", charset=charset, cte=cte)


def finish(b: Bounce, msg: Message, *, sender: str, subject: str) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].rpartition("@")[2]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key)


def bounce_postfix(b: Bounce) -> Message:
    text = (
        f"This is the mail system at host {AR_HOST}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.harrowfieldprint.example[198.51.100.23] said:\n    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n    local recipient table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        human(text, charset="us-ascii", cte="8bit"),
        delivery_status(b, mta=AR_HOST, diag=diag, remote="mx.harrowfieldprint.example"),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{AR_HOST} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    original = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at mail.sparrowlanegifts.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        f"--- Below this line is a copy of the message.\n\n{original}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b, msg, sender="MAILER-DAEMON@mail.sparrowlanegifts.example", subject="failure notice"
    )


def bounce_sendmail(b: Bounce) -> Message:
    sent = b.sent.strftime("%a, %d %b %Y %H:%M:%S %z")
    text = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {sent}\nfrom {AR_HOST} [203.0.113.10]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx1.brambleyardgarage.example.\n"
        "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"
    )
    msg = report(
        human(text, charset="us-ascii", cte="8bit"),
        delivery_status(
            b,
            mta="relay.brambleyardgarage.example",
            diag="451 4.4.1 reply: read error from mx1.brambleyardgarage.example.",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay.brambleyardgarage.example>",
        subject="Warning: could not send message for past 4 hours",
    )


def exchange_ndr(b: Bounce, *, lines: list[str], diag: str, prefix: str) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        + "\n".join(
            f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:14px">{html_text(x)}</p>'
            for x in lines
        )
        + "\n</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(human(text))
    alt.attach(text_part(markup, subtype="html", charset="utf-8", cte="qp"))
    host = "AM9PR07MB7719.eurprd07.prod.outlook.com"
    msg = report(alt, delivery_status(b, mta=host, diag=diag), returned_headers(b))
    msg["X-MS-Exchange-Message-Is-Ndr"] = ""
    sender = "Microsoft Outlook <postmaster@northgatecourier.onmicrosoft.example>"
    return finish(b, msg, sender=sender, subject=f"{prefix}: {b.subject}")


def bounce_exchange_de(b: Bounce) -> Message:
    lines = [
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        "Die E-Mail-Adresse wurde im E-Mail-System des Empfängers nicht gefunden. Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht mehr.",
        "Vorgehensweise zur Behebung des Problems: Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an den Empfänger auf einem anderen Weg.",
        "Diagnoseinformationen für Administratoren:",
        f"Generierender Server: AM9PR07MB7719.eurprd07.prod.outlook.com\n{b.rcpt}\nRemoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.",
    ]
    return exchange_ndr(
        b,
        lines=lines,
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        prefix="Unzustellbar",
    )


def bounce_exchange_es(b: Bounce) -> Message:
    lines = [
        f"No se pudo entregar el mensaje a {b.rcpt}.",
        "El servidor de correo del destinatario rechazó el mensaje: la organización de destino no acepta correo para esta dirección.",
        "Cómo solucionarlo: compruebe con el destinatario que la dirección es correcta. Si lo es, es posible que su organización haya desactivado el buzón.",
        "Información de diagnóstico para administradores:",
        f"Servidor de generación: AM9PR07MB7719.eurprd07.prod.outlook.com\n{b.rcpt}\nEl servidor remoto devolvió '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'",
    ]
    return exchange_ndr(
        b,
        lines=lines,
        diag="550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
        prefix="No se puede entregar",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    lines = [
        f"Impossibile recapitare il messaggio a {b.rcpt}.",
        "L'indirizzo di posta elettronica non esiste presso il dominio del destinatario. Può darsi che sia stato digitato in modo errato o che la casella sia stata eliminata.",
        "Come risolvere il problema: verificare l'indirizzo e inviare di nuovo il messaggio.",
        "Informazioni di diagnostica per gli amministratori:",
        f"Server di generazione: AM9PR07MB7719.eurprd07.prod.outlook.com\n{b.rcpt}\nIl server remoto ha restituito '550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown'",
    ]
    return exchange_ndr(
        b,
        lines=lines,
        diag=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown",
        prefix="Non recapitabile",
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    lines = [
        "De bezorging is vertraagd voor de volgende ontvangers of groepen:",
        f"{b.rcpt}",
        "Uw bericht is nog niet bezorgd. De server blijft het bericht proberen af te leveren. U hoeft niets te doen: u ontvangt een melding als het bericht niet kan worden bezorgd.",
        "Diagnostische informatie voor beheerders:",
        f"Genererende server: AM9PR07MB7719.eurprd07.prod.outlook.com\n{b.rcpt}\nServer op afstand gaf '451 4.4.7 Message delayed; remote server did not respond' terug",
    ]
    return exchange_ndr(
        b,
        lines=lines,
        diag="451 4.4.7 Message delayed; remote server did not respond",
        prefix="Vertraagd",
    )


def bounce_gateway_de(b: Bounce) -> Message:
    text = (
        "Mailschutz-Gateway – automatische Benachrichtigung\n\n"
        f"Ihre Nachricht an {b.rcpt} mit dem Betreff\n„{b.subject}“\nwurde vorübergehend zurückgestellt.\n\n"
        "Grund: Der Absender ist dem Gateway noch unbekannt (Greylisting, 451 4.7.1). Ihr Mailserver wird die Zustellung automatisch erneut versuchen. Sie müssen die Nachricht nicht noch einmal senden.\n\n"
        "Bei Fragen wenden Sie sich bitte an it-support@apotheke-am-lindenplatz.example.\n"
    )
    msg = report(
        human(text),
        delivery_status(
            b,
            mta="gw01.apotheke-am-lindenplatz.example",
            diag="451 4.7.1 Greylisted, please try again later",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Mailschutz-Gateway <quarantaene@gw01.apotheke-am-lindenplatz.example>",
        subject=f"Zustellung verzögert: {b.subject}",
    )


def bounce_gmail_fr(b: Bounce) -> Message:
    lines = [
        "** Adresse introuvable **",
        f"Votre message n'a pas pu être distribué à {b.rcpt}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.",
        "La réponse du serveur distant était :",
        f"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.example/mail/?p=NoSuchUser {hexid(b.key, 'g', 10).lower()}.2 - gsmtp",
    ]
    alt = MIMEMultipart("alternative")
    alt.attach(human("\n\n".join(lines) + "\n"))
    alt.attach(
        text_part(
            "<html><body>"
            + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
            + "</body></html>\n",
            subtype="html",
            charset="utf-8",
            cte="qp",
        )
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        alt,
        delivery_status(
            b, mta="mx.google.example", diag=diag, remote="gmail-smtp-in.l.google.example"
        ),
        MIMEMessage(b.reminder()),
    )
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish(b, msg, sender=sender, subject="Delivery Status Notification (Failure)")


def bounce_exim_fr(b: Bounce) -> Message:
    text = (
        "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\n"
        "Un message que vous avez envoyé n'a pas encore pu être remis à tous ses destinataires. "
        "La boîte aux lettres suivante est pleine :\n\n"
        f"  {b.rcpt}\n    La boîte du destinataire a dépassé son quota (452 4.2.2 Mailbox full)\n\n"
        "Aucune action n'est requise de votre part : de nouvelles tentatives auront lieu pendant 4 jours. "
        "Vous serez prévenu si le message ne peut finalement pas être distribué.\n\n"
        "------ Voici les en-têtes du message original ------\n\n"
        + "".join(f"{k}: {v}\n" for k, v in b.reminder().items() if not k.startswith("Content-"))
    )
    msg = human(text, charset="iso-8859-1", cte="8bit")
    sender = "Mail Delivery System <Mailer-Daemon@mx2.orange-pro.example>"
    return finish(b, msg, sender=sender, subject="Avertissement : message non encore distribué")


def bounce_isp_es(b: Bounce) -> Message:
    text = (
        "AVISO: RETRASO EN LA ENTREGA\n\n"
        f"Todavía no hemos podido entregar su mensaje a {b.rcpt}.\n\n"
        "El servidor del destinatario no responde en este momento. Seguiremos intentándolo durante las próximas 72 horas; no es necesario que vuelva a enviar el mensaje.\n\n"
        "Detalle técnico: 421 4.4.2 Connection dropped by remote host\n\n"
        "-- \nServicio de correo de NubeMail Empresas\n"
    )
    msg = report(
        human(text, charset="iso-8859-1", cte="qp"),
        delivery_status(
            b,
            mta="smtp-out3.nubemail.example",
            diag="421 4.4.2 Connection dropped by remote host",
            remote="mail.ferreteria-puerto.example",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Servicio de correo <postmaster@nubemail.example>",
        subject=f"Aviso de retraso en la entrega: {b.subject}",
    )


def bounce_provider_it(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        f"il messaggio da lei inviato a {b.rcpt} non è stato ancora recapitato.\n\n"
        "Il server di destinazione non risponde (451 4.4.1 timeout di connessione). Il sistema ritenterà automaticamente l'invio per i prossimi 5 giorni: non è necessario inviare di nuovo il messaggio.\n\n"
        "Questo è un messaggio automatico, la preghiamo di non rispondere.\n\nServizio Posta - Assistenza Tecnica\n"
    )
    msg = report(
        human(text, charset="iso-8859-1", cte="qp"),
        delivery_status(
            b,
            mta="smtpout.postacloud.example",
            diag="451 4.4.1 Connection timed out",
            remote="mx.laboratoriobrera.example",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        sender="Servizio Posta <mailer-daemon@postacloud.example>",
        subject="Avviso: recapito del messaggio ritardato",
    )


# --------------------------------------------------------------------------------------------
# The messages (new text written by hand)
# --------------------------------------------------------------------------------------------

AUTO = (("Auto-Submitted", "auto-replied"),)
GENERATED = (("Auto-Submitted", "auto-generated"),)

PAYMENT_SENT = (
    Reply(
        key="ps-en-1",
        lang="en",
        intent="payment_sent",
        style="gmail_plain",
        when="2027-06-08 10:41 +0100",
        name="Tasha Boyd",
        addr="tasha@boydandbloom.example",
        text="Paid.\n\nT.",
        note="one-word claim; no date given",
    ),
    Reply(
        key="ps-en-2",
        lang="en",
        intent="payment_sent",
        style="notice_alt",
        when="2027-06-15 06:02 +0100",
        name="Harwick University Payments",
        addr="ap-payments@harwick-uni.example",
        subject="Remittance advice: payment HU-PAY-0093318 to Northgate Courier Services Ltd",
        headers=(*GENERATED, ("X-Coupa-Notification", "payment-advice")),
        text="Payment advice\n\nHarwick University has released the following payment to your account. This notification was generated by our Coupa payment run; please do not reply to this address.\n\nSupplier: Northgate Courier Services Ltd (supplier no. 204417)\nPayment reference: HU-PAY-0093318\nPayment date: 15/06/2027\nPayment method: BACS\nRemitted to: account ending 4471\n\nInvoice      Invoice date   Amount paid\nNCS-481907   03/05/2027     312.40\nNCS-482266   17/05/2027      96.00\nTotal GBP                   408.40\n\nQueries to ap-helpdesk@harwick-uni.example, quoting the payment reference.",
        paid="2027-06-15",
        ref="HU-PAY-0093318",
        amount="408.40",
        cur="GBP",
        refs=("NCS-481907", "NCS-482266"),
        note="Coupa payment advice carrying Auto-Submitted: auto-generated; a payment, not an auto_reply",
    ),
    Reply(
        key="ps-en-3",
        lang="en",
        intent="payment_sent",
        style="outlook",
        when="2027-06-15 14:22 +0100",
        name="Gareth Pryce",
        addr="gareth.pryce@kestrelprint.example",
        inv="NCS-480552",
        owed="1046.80",
        text="Hi,\n\nWe sent the BACS on Friday for NCS-480552, £1,046.80, so it should be with you by now. Our ref on the payment is KESTREL 0611.\n\nIf it hasn't landed let me know and I'll chase our bank.\n\nGareth Pryce\nAccounts | Kestrel Print Ltd\nUnit 4, Slade Park, Halifax",
        paid="2027-06-11",
        ref="KESTREL 0611",
        amount="1046.80",
        cur="GBP",
        refs=("NCS-480552",),
        note="'on Friday' in the past tense: Friday 11 June, before Tue 15 June",
    ),
    Reply(
        key="ps-de-1",
        lang="de",
        intent="payment_sent",
        style="outlook_html",
        charset="windows-1252",
        when="2027-06-16 11:05 +0200",
        name="Sabine Wendt",
        addr="s.wendt@rosenapotheke-wendt.example",
        inv="NCS-482731",
        owed="214.90",
        text="Sehr geehrte Damen und Herren,\n\ndie Rechnung NCS-482731 über 214,90 € haben wir heute überwiesen. Auftragsreferenz der Bank: 2027061600871.\n\nBitte gleichen Sie Ihr Debitorenkonto entsprechend ab.\n\nMit freundlichen Grüßen\n\nSabine Wendt\nRosen-Apotheke Wendt e.K.\nHauptstraße 41 · 69117 Heidelberg",
        paid="2027-06-16",
        ref="2027061600871",
        amount="214.90",
        cur="EUR",
        refs=("NCS-482731",),
        note="windows-1252 Outlook HTML",
    ),
    Reply(
        key="ps-fr-1",
        lang="fr",
        intent="payment_sent",
        style="gmail",
        when="2027-06-10 09:47 +0200",
        name="Hélène Marchetti",
        addr="compta@labo-desquais.example",
        owed="1208.40",
        text="Bonjour,\n\nLe virement de 1 208,40 € a été émis ce matin depuis notre compte au Crédit Maritime, référence VIR-LBQ-77120.\n\nBonne journée,\nHélène Marchetti\nService comptable – Laboratoire Biomédical des Quais",
        paid="2027-06-10",
        ref="VIR-LBQ-77120",
        amount="1208.40",
        cur="EUR",
    ),
    Reply(
        key="ps-fr-2",
        lang="fr",
        intent="payment_sent",
        style="iphone",
        when="2027-06-18 19:12 +0200",
        name="Karim Benali",
        addr="karim.benali.boutique@gmail.com",
        text="C'est regle depuis mardi, verifiez votre compte",
        paid="2027-06-15",
        note="missing accents; 'depuis mardi' is Tuesday 15 June, before Fri 18 June",
    ),
    Reply(
        key="ps-es-1",
        lang="es",
        intent="payment_sent",
        style="notice_html",
        cte="b64",
        when="2027-06-22 05:40 +0200",
        name="Grupo Farmacias Levante – Pagos",
        addr="no-reply.pagos@farmaciaslevante.example",
        subject="Aviso de pago 2027-0622-0415 – Northgate Courier Services",
        headers=(*GENERATED, ("X-Mailer", "Basware P2P Notifications")),
        text="Aviso de pago\n\nEstimado proveedor:\n\nLe comunicamos que en la remesa de pagos de hoy, 22/06/2027, se ha ordenado a su favor la siguiente transferencia.\n\nProveedor: Northgate Courier Services (n.º de acreedor 700318)\nReferencia del pago: 2027-0622-0415\nFacturas incluidas: NCS-483010 (1.806,25 €) y NCS-483144 (535,50 €)\nImporte total: 2.341,75 €\n\nEste mensaje se ha generado automáticamente desde Basware. No responda a esta dirección.",
        paid="2027-06-22",
        ref="2027-0622-0415",
        amount="2341.75",
        cur="EUR",
        refs=("NCS-483010", "NCS-483144"),
        note="Basware payment advice, HTML only in base64, Auto-Submitted: auto-generated",
    ),
    Reply(
        key="ps-es-2",
        lang="es",
        intent="payment_sent",
        style="gmail",
        attach="justificante_transferencia.pdf",
        when="2027-06-23 12:30 +0200",
        name="Toni Ferrer",
        addr="administracion@tallerferrer.example",
        text="hola, ya esta pagado, hicimos la transferencia el lunes. te adjunto el justificante del banco para que lo veais\n\nun saludo\nToni",
        paid="2027-06-21",
        note="no accents or capitals; 'el lunes' in the past tense is Monday 21 June; bank proof attached",
    ),
    Reply(
        key="ps-nl-1",
        lang="nl",
        intent="payment_sent",
        style="gmail",
        when="2027-06-11 08:58 +0200",
        name="Marieke Jansen",
        addr="marieke@hetveldboeket.example",
        text="Goedemorgen,\n\nHet bedrag is op 9 juni overgemaakt, met kenmerk 2027-0609-118. Het zou er inmiddels moeten zijn.\n\nGroetjes,\nMarieke Jansen\nHet Veldboeket – bloemen & planten online",
        paid="2027-06-09",
        ref="2027-0609-118",
    ),
    Reply(
        key="ps-nl-2",
        lang="nl",
        intent="payment_sent",
        style="thunderbird",
        when="2027-06-29 10:15 +0200",
        name="Pieter van Dongen",
        addr="p.vandongen@garagevandongen.example",
        owed="87.50",
        text="Beste,\n\nDeze herinnering had niet meer gehoeven: de € 87,50 staat sinds gisteren op jullie rekening.\n\nPieter van Dongen\nGarage Van Dongen B.V.",
        paid="2027-06-28",
        amount="87.50",
        cur="EUR",
        note="negative opening but a payment claim; 'sinds gisteren' = 28 June",
    ),
    Reply(
        key="ps-it-1",
        lang="it",
        intent="payment_sent",
        style="outlook",
        when="2027-06-14 10:20 +0200",
        name="Lucia Ferraresi",
        addr="amministrazione@tipografiasforza.example",
        inv="NCS-482950",
        owed="640.00",
        text="Buongiorno,\n\ncon la presente vi informiamo che in data odierna abbiamo disposto il bonifico di € 640,00 a saldo della fattura NCS-482950.\nCRO: 0512734098211\n\nCordiali saluti\n\nLucia Ferraresi\nUfficio Amministrazione\nTipografia Sforza S.r.l. – Via Ripamonti 112, 20141 Milano\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di darcene comunicazione.",
        paid="2027-06-14",
        ref="0512734098211",
        amount="640.00",
        cur="EUR",
        refs=("NCS-482950",),
    ),
    Reply(
        key="ps-it-2",
        lang="it",
        intent="payment_sent",
        style="android",
        cte="b64",
        when="2027-07-01 18:44 +0200",
        name="Davide Russo",
        addr="davide.russo@officinarusso.example",
        text="Pagato ieri con carta dal vostro portale clienti, ricevuta n. 7731-PAY.\n\nDavide",
        paid="2027-06-30",
        ref="7731-PAY",
        note="card payment on the customer portal; 'ieri' = 30 June",
    ),
)

PROMISE_TO_PAY = (
    Reply(
        key="pr-en-1",
        lang="en",
        intent="promise_to_pay",
        style="gmail_plain",
        when="2027-06-08 16:05 +0100",
        name="Colin Marsh",
        addr="colin@marshautoparts.example",
        text="It'll go out in Friday's cheque run.\n\nColin\nMarsh Auto Parts",
        promised="2027-06-11",
        note="one-liner; Friday after Tue 8 June",
    ),
    Reply(
        key="pr-en-2",
        lang="en",
        intent="promise_to_pay",
        style="outlook_html",
        when="2027-06-24 09:31 +0100",
        name="Meridian Retail Shared Services – AP",
        addr="ap.query@meridian-ssc.example",
        inv="NCS-481377",
        owed="2118.00",
        text="Good morning,\n\nThank you for your email. Invoice NCS-481377 (£2,118.00) has been approved and released to the payment run dated 30/06/2027. Funds normally reach supplier accounts within two working days of the run date.\n\nPlease quote case number AP-55810 in any further correspondence.\n\nKind regards,\n\nPriya Nandakumar\nAccounts Payable Analyst\nMeridian Retail Shared Services Centre, Leeds\n\nThis email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Meridian Retail Group plc, registered in England no. 04410987.",
        promised="2027-06-30",
        amount="2118.00",
        cur="GBP",
        refs=("NCS-481377",),
        note="past-tense 'approved and released to the payment run dated 30/06' announces a future payment",
    ),
    Reply(
        key="pr-en-3",
        lang="en",
        intent="promise_to_pay",
        style="thunderbird",
        when="2027-06-17 13:40 +0100",
        name="Dr Fiona Carrick",
        addr="f.carrick@biosci.harwick-uni.example",
        text="Dear Accounts team,\n\nApologies for the delay on this one. The courier runs for our sample shipments are charged to a research grant, and the grant's second tranche hasn't been released yet. The finance office tells me it's a week or two away, and we'll pay you as soon as the grant comes through.\n\nBest wishes,\nFiona\n\n-- \nDr Fiona Carrick\nMolecular Diagnostics Group, School of Biosciences\nHarwick University",
        note="promise tied to an event ('as soon as the grant comes through'); 'a week or two' cannot be pinned to a day",
    ),
    Reply(
        key="pr-de-1",
        lang="de",
        intent="promise_to_pay",
        style="outlook",
        when="2027-06-16 08:12 +0200",
        name="Jürgen Haas",
        addr="j.haas@autohaus-haas.example",
        text="Guten Morgen,\n\ndie Zahlung erfolgt in KW 26, die Freigabe durch die Geschäftsleitung liegt vor.\n\nGruß\nJürgen Haas\nBuchhaltung | Autohaus Haas GmbH & Co. KG",
        promised="2027-06-28",
        note="'KW 26' is 28 June – 4 July 2027; a week resolves to its Monday, as 'next week' does",
    ),
    Reply(
        key="pr-de-2",
        lang="de",
        intent="promise_to_pay",
        style="iphone",
        when="2027-06-25 21:03 +0200",
        name="Tobias Brandl",
        addr="tobias@brandl-modellbau.example",
        text="Hallo, unser Steuerbüro ist gerade im Urlaub und die machen bei uns die Überweisungen. Wir zahlen direkt nach den Sommerferien, versprochen. Gruß Tobi",
        note="'nach den Sommerferien' cannot be pinned to a day",
    ),
    Reply(
        key="pr-fr-1",
        lang="fr",
        intent="promise_to_pay",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        when="2027-06-21 15:50 +0200",
        name="Nathalie Roux",
        addr="comptabilite@imprimerie-delorme.example",
        text="Bonjour,\n\nNous procéderons au règlement de cette facture mi-juillet, dès que notre principal client nous aura lui-même payés.\n\nCordialement,\n\nNathalie Roux\nComptabilité fournisseurs\nImprimerie Delorme SAS",
        promised="2027-07-15",
        note="conditional promise; 'mi-juillet' → 15 July; ISO-8859-1, 8bit",
    ),
    Reply(
        key="pr-es-1",
        lang="es",
        intent="promise_to_pay",
        style="gmail",
        when="2027-06-18 11:25 +0200",
        name="Laura Quintana",
        addr="laura@ortopediaquintana.example",
        text="Buenos días:\n\nOs lo pagamos el jueves que viene sin falta, que el martes cobramos de la mutua.\n\nGracias por la paciencia,\nLaura Quintana\nOrtopedia Quintana",
        promised="2027-06-24",
        note="'el jueves que viene' after Fri 18 June",
    ),
    Reply(
        key="pr-es-2",
        lang="es",
        intent="promise_to_pay",
        style="apple",
        when="2027-06-07 22:47 +0200",
        name="Rafael Montoro",
        addr="rafael@montoro-vinos.example",
        text="Hola, buenas noches.\n\nPerdonad que conteste tan tarde, pero esta semana ha sido una locura. El viernes se nos rompió la cámara frigorífica del almacén, tuvimos que llevar todo el género a la nave de mi cuñado, y encima la web estuvo caída dos días porque el hosting cambió no sé qué certificado. Mi socio dice que hay que cambiar de proveedor de todo, pero ya veremos.\n\nRespecto a lo vuestro, que no se me olvide: lo tengo apuntado y lo pagamos a finales de mes, cuando entre lo de las ventas de la feria. Los envíos de palés del mes pasado, por cierto, bien, sin queja, el chico que viene los martes es un encanto.\n\nBueno, os dejo, que tengo que cerrar caja.\n\nRafa\nMontoro Vinos y Aceites – tienda online",
        promised="2027-06-30",
        note="long rambling reply with the promise buried in the middle; 'a finales de mes' → 30 June",
    ),
    Reply(
        key="pr-nl-1",
        lang="nl",
        intent="promise_to_pay",
        style="outlook",
        rlang="en",
        when="2027-06-09 14:02 +0200",
        name="Ingrid Smit",
        addr="crediteuren@drukkerijsmit.example",
        text="Goedemiddag,\n\nWij betalen deze factuur uiterlijk de 15e.\n\nMet vriendelijke groet,\nIngrid Smit\nDrukkerij Smit & Zn.",
        promised="2027-06-15",
        note="Dutch reply to an English reminder",
    ),
    Reply(
        key="pr-nl-2",
        lang="nl",
        intent="promise_to_pay",
        style="thunderbird",
        when="2027-06-21 09:10 +0200",
        name="Ruud Hendriks",
        addr="ruud@hendrikslab.example",
        text="Hallo,\n\nIk heb de betaling net ingepland voor vrijdag, het hele bedrag gaat dan in één keer de deur uit.\n\nGroet,\nRuud Hendriks\nHendriks Tandtechnisch Laboratorium",
        promised="2027-06-25",
        note="'heb ... ingepland' is past tense, but the payment is Friday 25 June",
    ),
    Reply(
        key="pr-it-1",
        lang="it",
        intent="promise_to_pay",
        style="gmail",
        when="2027-06-10 07:15 +0200",
        name="Giulia Bertoni",
        addr="shop@colleverde-bio.example",
        text="Buongiorno,\nsiamo in piena raccolta delle ciliegie e in ufficio non c'è nessuno. Appena finita la raccolta saldiamo tutto, ve lo assicuro.\nGiulia\nColle Verde – spaccio online",
        note="'after the harvest' cannot be pinned to a day",
    ),
    Reply(
        key="pr-it-2",
        lang="it",
        intent="promise_to_pay",
        style="outlook_html",
        when="2027-06-22 16:30 +0200",
        name="Dott. Marco Gentile",
        addr="m.gentile@farmaciagentile.example",
        owed="1150.00",
        text="Buongiorno,\n\nil pagamento di € 1.150,00 verrà effettuato entro venerdì 25.\n\nDistinti saluti\nDott. Marco Gentile\nFarmacia Gentile – Via Roma 8, Bari",
        promised="2027-06-25",
        amount="1150.00",
        cur="EUR",
    ),
)

DISPUTE = (
    Reply(
        key="di-en-1",
        lang="en",
        intent="dispute",
        style="gmail",
        when="2027-06-09 12:12 +0100",
        name="Sam Okafor",
        addr="sam@okaforbikes.example",
        inv="NCS-482415",
        text="We have NOT paid NCS-482415 because the pallet never arrived. Check your own POD, nobody here signed for anything on 18 May. We're not paying for a delivery that didn't happen.\n\nSam Okafor\nOkafor Bikes (online store)",
        refs=("NCS-482415",),
        note="negated payment: goods never arrived",
    ),
    Reply(
        key="di-en-2",
        lang="en",
        intent="dispute",
        style="outlook_html",
        when="2027-06-11 10:02 +0100",
        name="Helen Marsh",
        addr="accounts@eastgatelabs.example",
        inv="NCS-481388",
        text="Hello,\n\nNCS-481200 was paid on 2 June by BACS, so that one should be clear.\n\nNCS-481388 however includes 45 minutes' waiting time at our goods-in on 20 May. That didn't happen – your driver was in and out in ten minutes, and our gate log shows it. Please credit the waiting-time line and send a revised invoice; we'll pay the corrected amount straight away.\n\nRegards,\nHelen Marsh\nFinance Officer, Eastgate Laboratories Ltd",
        refs=("NCS-481200", "NCS-481388"),
        note="one invoice paid, another disputed: dispute wins for the disputed part",
    ),
    Reply(
        key="di-en-3",
        lang="en",
        intent="dispute",
        style="apple",
        when="2027-06-28 20:15 +0100",
        name="Dave Pollard",
        addr="dave@pollardmotors.example",
        inv="NCS-483302",
        text="Right, I've had a look at this and I'm not happy.\n\nWhen we signed up in January your rep (Tom, I think) said the fuel surcharge was fixed at 12% for the year. That was the whole reason we moved from the other lot. Now NCS-483302 has 18% on it, and when I looked back April and May have 18% on them too, which I'd not noticed because my wife does the books and she assumed it was right.\n\nI'm not paying this one until somebody sorts the surcharge out and credits the difference on the last three months. I've got the email from Tom somewhere if you need it.\n\nDave Pollard\nPollard Motors – MOT, servicing & parts",
        refs=("NCS-483302",),
        note="long reply; fuel-surcharge rate contested and payment withheld until fixed",
    ),
    Reply(
        key="di-de-1",
        lang="de",
        intent="dispute",
        style="outlook",
        charset="windows-1252",
        when="2027-06-14 09:40 +0200",
        name="Katrin Vogel",
        addr="k.vogel@vogel-labortechnik.example",
        inv="NCS-482604",
        text="Guten Tag,\n\ndie in der Rechnung NCS-482604 berechnete Gebühr für eine erfolglose Zustellung (35,00 €) akzeptieren wir nicht. Am 26.05. war unser Wareneingang ab 7:00 Uhr durchgehend besetzt, bei uns hat niemand geklingelt.\n\nBitte schicken Sie uns eine Gutschrift über die Gebühr, den Rest begleichen wir dann.\n\nMit freundlichen Grüßen\nKatrin Vogel\nVogel Labortechnik GmbH – Einkauf",
        refs=("NCS-482604",),
        note="failed-delivery fee contested; payment of the rest is conditional",
    ),
    Reply(
        key="di-de-2",
        lang="de",
        intent="dispute",
        style="gmail",
        when="2027-06-23 15:18 +0200",
        name="Anja Lechner",
        addr="info@kraeuterhof-shop.example",
        inv="NCS-483118",
        text="Hallo,\n\ndie NCS-483118 ist doppelt. Das ist exakt dieselbe Sendung wie auf der NCS-483090 (12.05., 3 Paletten nach Rosenheim), und die haben wir am 1. Juni schon bezahlt.\n\nBitte stornieren.\n\nViele Grüße\nAnja Lechner\nKräuterhof Lechner – Onlineshop",
        refs=("NCS-483118", "NCS-483090"),
        note="duplicate billing; the payment mentioned is of the other invoice",
    ),
    Reply(
        key="di-fr-1",
        lang="fr",
        intent="dispute",
        style="iphone",
        when="2027-06-09 18:20 +0200",
        name="Pharmacie du Marché",
        addr="pharmacie.dumarche@pharmadumarche.example",
        text="Bonjour, la livraison du 2 juin est arrivée avec 3 cartons écrasés, réserves notées sur le bon du chauffeur. On ne règle pas tant qu'on n'a pas reçu l'avoir correspondant.\nC. Lemaire",
        note="damaged goods; payment withheld until a credit note",
    ),
    Reply(
        key="di-fr-2",
        lang="fr",
        intent="dispute",
        style="html_only",
        when="2027-06-30 11:00 +0200",
        name="Émilie Garnier",
        addr="achats@labos-vernier.example",
        inv="NCS-483561",
        text="Bonjour,\n\nLa facture NCS-483561 fait référence au bon de commande BC-2027-0419, qui n'est pas le nôtre : nos bons de commande commencent tous par LV-. Nous n'avons d'ailleurs commandé aucun enlèvement le 21 mai.\n\nMerci de vérifier de votre côté et d'annuler cette facture.\n\nBien cordialement,\n\nÉmilie Garnier\nAcheteuse – Laboratoires Vernier",
        refs=("NCS-483561",),
        note="not our PO; HTML-only Outlook message",
    ),
    Reply(
        key="di-es-1",
        lang="es",
        intent="dispute",
        style="thunderbird",
        charset="iso-8859-1",
        when="2027-06-16 10:45 +0200",
        name="Jordi Puig",
        addr="administracio@puig-impressions.example",
        text="Buenos días:\n\nEsta factura ya está anulada. En mayo nos enviasteis el abono NCS-C-00412 por el mismo importe, porque el envío a Girona se facturó dos veces. No tenemos nada pendiente con vosotros.\n\nSaludos,\nJordi Puig\nImpressions Puig, S.L.",
        note="already credited; the credit-note number NCS-C-00412 is not an invoice number, so not in invoice_refs",
    ),
    Reply(
        key="di-nl-1",
        lang="nl",
        intent="dispute",
        style="outlook",
        when="2027-06-10 13:33 +0200",
        name="Femke Bos",
        addr="inkoop@bos-tuinartikelen.example",
        inv="NCS-482391",
        text="Goedemiddag,\n\nOp factuur NCS-482391 staan 14 palletritten, maar volgens onze eigen registratie en de vrachtbrieven waren het er 11. Kunt u een creditnota sturen voor de 3 ritten die te veel zijn berekend?\n\nMet vriendelijke groet,\nFemke Bos\nBos Tuinartikelen (webwinkel)",
        refs=("NCS-482391",),
        note="wrong quantity; the credit-note request is part of the dispute",
    ),
    Reply(
        key="di-nl-2",
        lang="nl",
        intent="dispute",
        style="android",
        cte="b64",
        when="2027-06-25 08:05 +0200",
        name="Erik Mulder",
        addr="erik@muldergarage.example",
        text="Dit is nu de derde keer dat ik het zeg: die wachttijd van 40 minuten klopt niet. De chauffeur stond hier 5 minuten. Eerst corrigeren, dan betalen we.",
        note="irritated; waiting-time charge contested",
    ),
    Reply(
        key="di-it-1",
        lang="it",
        intent="dispute",
        style="gmail",
        when="2027-06-08 09:30 +0200",
        name="Segreteria Studio Ferri",
        addr="segreteria@studioferri.example",
        inv="NCS-482077",
        text="Buongiorno,\n\nil ritiro del 3 maggio indicato nella fattura NCS-482077 non è mai stato effettuato: il corriere non si è presentato e abbiamo dovuto spedire le impronte con un altro vettore. Non pagheremo un servizio che non ci è stato reso.\n\nCordiali saluti\nSegreteria – Studio Dentistico Ferri",
        refs=("NCS-482077",),
        note="service not performed",
    ),
    Reply(
        key="di-it-2",
        lang="it",
        intent="dispute",
        style="outlook_html",
        when="2027-07-02 12:10 +0200",
        name="Paolo Bellini",
        addr="p.bellini@bellini-ricambi.example",
        inv="NCS-483620",
        text="Buongiorno,\n\nil preventivo che ci avete fatto a marzo era di 180 € + IVA a tratta per i bancali su Bologna. Nella fattura NCS-483620 ci sono 235 € a tratta. La parte non contestata (il ritiro urgente del 14/05) l'abbiamo già pagata, per il resto aspettiamo una nota di credito.\n\nSaluti\nPaolo Bellini\nBellini Ricambi Auto s.r.l.",
        refs=("NCS-483620",),
        note="price differs from the quote; the undisputed part is said to be paid: dispute wins",
    ),
)

PAYMENT_PLAN = (
    Reply(
        key="pp-en-1",
        lang="en",
        intent="payment_plan",
        style="gmail_plain",
        when="2027-06-09 17:02 +0100",
        name="Nadia Hussain",
        addr="nadia@inkwellprinting.example",
        text="Hi,\n\nIs there any chance we could split this over three months? We lost our biggest contract in April and cash is really tight until the new work starts paying. I don't want to just ignore it.\n\nNadia\nInkwell Printing Co.",
    ),
    Reply(
        key="pp-en-2",
        lang="en",
        intent="payment_plan",
        style="iphone",
        when="2027-06-18 12:44 +0100",
        name="Lee Travers",
        addr="lee.travers.parts@gmail.com",
        owed="482.00",
        text="Would you take £300 to close this off? It's all I can do this month",
        note="reduced amount offered: payment_plan, not a promise; plan amounts are not labelled",
    ),
    Reply(
        key="pp-en-3",
        lang="en",
        intent="payment_plan",
        style="outlook",
        when="2027-06-22 10:18 +0100",
        name="Margaret Ellison",
        addr="margaret@ellisonspharmacy.example",
        text="Dear Sir or Madam,\n\nI am writing about the reminder you sent. My husband Robert, who looked after the pharmacy's accounts, passed away in May and I am still trying to make sense of everything. I am not able to pay the full amount at the moment.\n\nWould it be possible to have until the end of August to settle it? I would be very grateful for a little time.\n\nYours faithfully,\nMargaret Ellison\nEllison's Pharmacy",
        note="hardship and a request for more time; 'the end of August' is asked for, not promised, so no promised_date",
    ),
    Reply(
        key="pp-de-1",
        lang="de",
        intent="payment_plan",
        style="outlook_html",
        when="2027-06-10 14:14 +0200",
        name="Heike Baumann",
        addr="h.baumann@druckerei-baumann.example",
        owed="1000.00",
        text="Sehr geehrte Damen und Herren,\n\nwäre es möglich, den offenen Betrag von 1.000,00 € in vier Monatsraten zu je 250,00 € zu begleichen? Die erste Rate könnten wir Anfang Juli überweisen.\n\nFür eine kurze Rückmeldung wäre ich dankbar.\n\nMit freundlichen Grüßen\nHeike Baumann\nDruckerei Baumann OHG",
    ),
    Reply(
        key="pp-de-2",
        lang="de",
        intent="payment_plan",
        style="thunderbird",
        when="2027-06-29 11:30 +0200",
        name="Stefan Krüger",
        addr="krueger@kfz-krueger.example",
        text="Hallo zusammen,\n\nwir bitten um Zahlungsaufschub bis Ende August. Durch die Baustelle vor der Werkstatt sind uns seit April fast die Hälfte der Aufträge weggebrochen.\n\nDanke und Gruß\nStefan Krüger\nKfz-Meisterbetrieb Krüger",
        note="asks for more time: payment_plan, not a promise",
    ),
    Reply(
        key="pp-fr-1",
        lang="fr",
        intent="payment_plan",
        style="iphone",
        when="2027-06-14 13:05 +0200",
        name="Sophie Garnier",
        addr="sophie@atelier-garnier.example",
        text="Bonjour, serait-il possible de régler en 3 fois ? Merci d'avance. Sophie",
    ),
    Reply(
        key="pp-fr-2",
        lang="fr",
        intent="payment_plan",
        style="gmail",
        when="2027-06-24 16:40 +0200",
        name="Claire Dubois",
        addr="contact@lefildariane.example",
        text="Bonjour,\n\nNous traversons une période compliquée : la rue est en travaux depuis mars et la boutique ne voit presque plus passer de clients. Nous pouvons vous verser 200 € dès maintenant et le solde en septembre, si cela vous convient.\n\nMerci de votre compréhension,\nClaire Dubois\nLe Fil d'Ariane – mercerie & boutique en ligne",
        note="part payment offered now, the rest later: payment_plan",
    ),
    Reply(
        key="pp-es-1",
        lang="es",
        intent="payment_plan",
        style="inline",
        when="2027-06-11 09:50 +0200",
        name="Marta Gil",
        addr="marta.gil@clinicaveterinariagil.example",
        text="{p2}\n\nSí, lo sabemos, y perdonad el retraso.\n\n{p3}\n\n¿Podríamos pagarlo en dos plazos? La mitad ahora y la otra mitad a mediados de julio.\n\nQuedo a la espera de su respuesta.\n\nMarta Gil\nClínica Veterinaria Gil",
        note="inline reply between the quoted paragraphs",
    ),
    Reply(
        key="pp-es-2",
        lang="es",
        intent="payment_plan",
        style="gmail",
        when="2027-07-01 10:05 +0200",
        name="Andrés Ibáñez",
        addr="andres@talleresibanez.example",
        text="Buenas,\n\nOs propongo lo siguiente: si nos hacéis una quita del 20 % lo pagamos todo de una vez esta misma semana. Sabéis que llevamos años trabajando con vosotros y este año está siendo muy malo para el taller.\n\nUn saludo,\nAndrés Ibáñez\nTalleres Ibáñez",
        note="asks for a reduced amount; the payment is conditional on the discount, so no promise",
    ),
    Reply(
        key="pp-nl-1",
        lang="nl",
        intent="payment_plan",
        style="apple",
        when="2027-06-16 20:20 +0200",
        name="Joost de Wit",
        addr="joost@dewitfietsen.example",
        text="Hallo,\n\nKunnen we een betalingsregeling afspreken? Ik kan € 150 per maand missen, te beginnen in juli.\n\nGroeten,\nJoost de Wit\nDe Wit Fietsen",
    ),
    Reply(
        key="pp-it-1",
        lang="it",
        intent="payment_plan",
        style="outlook_html",
        charset="windows-1252",
        when="2027-06-15 11:45 +0200",
        name="Rag. Elena Conti",
        addr="amministrazione@labsanluca.example",
        text="Spett.le Northgate Courier Services,\n\nin considerazione della temporanea carenza di liquidità dovuta ai ritardi nei rimborsi della ASL, Vi chiediamo la possibilità di rateizzare l'importo in 6 rate mensili di pari importo.\n\nRestiamo in attesa di un Vostro cortese riscontro.\n\nDistinti saluti\nRag. Elena Conti\nLaboratorio Analisi San Luca S.r.l.",
    ),
    Reply(
        key="pp-it-2",
        lang="it",
        intent="payment_plan",
        style="iphone",
        when="2027-06-28 22:10 +0200",
        name="Fabio Greco",
        addr="fabio.greco.shop@gmail.com",
        text="ciao, ci date ancora un mese? siamo in difficolta perche il magazzino e stato allagato la settimana scorsa. grazie",
        note="missing accents; asks for more time",
    ),
)

INVOICE_REQUEST = (
    Reply(
        key="ir-en-1",
        lang="en",
        intent="invoice_request",
        style="outlook_html",
        when="2027-06-10 11:20 +0100",
        name="Rachel Dunn",
        addr="purchase.ledger@thornbury-garden.example",
        inv="NCS-482877",
        text="Hi,\n\nWe've no record of NCS-482877 on our system, so it never reached us. Can you send a copy through to this address and we'll get it processed.\n\nThanks,\nRachel Dunn\nPurchase Ledger, Thornbury Garden Supplies Ltd",
        refs=("NCS-482877",),
        note="never received, please resend; not contested",
    ),
    Reply(
        key="ir-en-2",
        lang="en",
        intent="invoice_request",
        style="outlook",
        when="2027-06-17 15:05 +0100",
        name="Tom Ashworth",
        addr="procurement@harwick-uni.example",
        inv="NCS-482990",
        text="Dear Supplier,\n\nWe are unable to process invoice NCS-482990 as it does not quote a valid University purchase order number. Under our no-PO-no-pay policy, please reissue the invoice quoting PO 4500219876 and send it to invoices@harwick-uni.example.\n\nKind regards,\n\nTom Ashworth\nProcurement Services\nHarwick University\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Harwick University is an exempt charity.",
        refs=("NCS-482990",),
        note="reissue with a PO number; the invoices@ address is where the document goes, not a new contact",
    ),
    Reply(
        key="ir-en-3",
        lang="en",
        intent="invoice_request",
        style="gmail",
        when="2027-06-30 14:50 +0100",
        name="Oliver Grant",
        addr="oliver@grantandfield.example",
        text="Hi there,\n\nCould you send me a full statement of account for April to June? Our auditors want to reconcile supplier balances before the year end and I can't match your reminder to what we have.\n\nThanks,\nOliver Grant\nGrant & Field Opticians",
        note="statement of account request",
    ),
    Reply(
        key="ir-de-1",
        lang="de",
        intent="invoice_request",
        style="outlook_html",
        when="2027-06-08 10:10 +0200",
        name="Petra Lang",
        addr="rechnungseingang@labor-weiss.example",
        text="Sehr geehrte Damen und Herren,\n\nwir können Rechnungen seit dem 1. Januar nur noch im Format XRechnung oder ZUGFeRD verarbeiten. Bitte senden Sie uns die Rechnung noch einmal in einem dieser Formate an diese Adresse, dann wird sie umgehend zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\nPetra Lang\nRechnungseingang\nLabor Dr. Weiß & Partner MVZ GmbH",
        note="e-invoice format needed before payment",
    ),
    Reply(
        key="ir-de-2",
        lang="de",
        intent="invoice_request",
        style="gmail_plain",
        when="2027-06-21 13:13 +0200",
        name="Matthias Ernst",
        addr="ernst@ernst-buecher.example",
        inv="NCS-483245",
        text="Hallo,\n\nauf der Rechnung NCS-483245 fehlt Ihre USt-IdNr., so kann unser Steuerberater sie nicht buchen. Bitte korrigiert noch mal schicken, dann überweisen wir.\n\nGruß\nMatthias Ernst\nErnst Bücher – Antiquariat & Versand",
        refs=("NCS-483245",),
        note="missing VAT ID, amount not contested",
    ),
    Reply(
        key="ir-fr-1",
        lang="fr",
        intent="invoice_request",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        when="2027-06-11 16:25 +0200",
        name="Isabelle Moreau",
        addr="compta@garage-moreau.example",
        text="Bonjour,\n\nPour pouvoir régler, merci de nous transmettre un RIB à jour sur papier à en-tête de votre société : notre banque refuse de créer un nouveau bénéficiaire sans ce document.\n\nCordialement,\nIsabelle Moreau\nGarage Moreau & Fils",
        note="bank details needed before paying; ISO-8859-1, 8bit",
    ),
    Reply(
        key="ir-fr-2",
        lang="fr",
        intent="invoice_request",
        style="iphone",
        when="2027-06-29 08:47 +0200",
        name="Julien Petit",
        addr="julien@petit-primeurs.example",
        text="Bonjour, on n'a jamais reçu cette facture. Vous pouvez nous la renvoyer svp ?\nJulien",
        note="never received, please resend; not contested",
    ),
    Reply(
        key="ir-es-1",
        lang="es",
        intent="invoice_request",
        style="outlook_html",
        when="2027-06-15 12:05 +0200",
        name="Beatriz Soler",
        addr="proveedores@labarenal.example",
        inv="NCS-482702",
        text="Buenos días:\n\nPara poder aprobar la factura NCS-482702 necesitamos el albarán de entrega firmado por nuestro almacén. Sin ese documento el sistema no nos deja darla de alta.\n\n¿Nos lo podéis enviar a esta misma dirección?\n\nUn saludo,\nBeatriz Soler\nCuentas a pagar – Laboratorios Arenal, S.A.",
        refs=("NCS-482702",),
        note="proof of delivery requested; the invoice is not contested",
    ),
    Reply(
        key="ir-es-2",
        lang="es",
        intent="invoice_request",
        style="gmail",
        when="2027-06-25 09:02 +0200",
        name="Pilar Navarro",
        addr="pilar@navarro-imprenta.example",
        text="Hola,\n\n¿Me podéis mandar el extracto de cuenta de junio, con todas las facturas y los abonos? Así lo cuadro con el banco y os pago lo que corresponda.\n\nGracias,\nPilar\nImprenta Navarro",
        note="statement requested before paying; the vague payment is conditional",
    ),
    Reply(
        key="ir-nl-1",
        lang="nl",
        intent="invoice_request",
        style="outlook",
        when="2027-06-14 11:11 +0200",
        name="Yvonne Peters",
        addr="facturen@apotheekdelinde.example",
        inv="NCS-482655",
        text="Goedemorgen,\n\nWilt u factuur NCS-482655 opnieuw sturen met ons inkoopordernummer PO-77120 erop? Zonder ordernummer wordt de factuur automatisch afgekeurd in ons systeem.\n\nMet vriendelijke groet,\nYvonne Peters\nApotheek De Linde",
        refs=("NCS-482655",),
        note="reissue with a PO number, amount not contested",
    ),
    Reply(
        key="ir-nl-2",
        lang="nl",
        intent="invoice_request",
        style="iphone",
        when="2027-07-02 17:30 +0200",
        name="Bram Koster",
        addr="bram@kosterkeramiek.example",
        text="Waar is deze factuur precies voor? Kunnen jullie de specificatie van de ritten sturen?",
        note="asks what the charge is for and for the detail",
    ),
    Reply(
        key="ir-it-1",
        lang="it",
        intent="invoice_request",
        style="outlook_html",
        when="2027-06-18 10:40 +0200",
        name="Chiara Moretti",
        addr="amministrazione@otticamoretti.example",
        inv="NCS-483377",
        text="Buongiorno,\n\nla fattura NCS-483377 non ci risulta pervenuta tramite SDI. Potete verificare e inviarcela in formato elettronico, indicando il nostro codice destinatario M5UXCR1?\n\nGrazie e cordiali saluti\nChiara Moretti\nOttica Moretti s.n.c.",
        refs=("NCS-483377",),
        note="e-invoice never received; not contested",
    ),
)

WRONG_CONTACT = (
    Reply(
        key="wc-en-1",
        lang="en",
        intent="wrong_contact",
        style="outlook",
        when="2027-06-08 07:55 +0100",
        name="Gary Whitlock",
        addr="g.whitlock@brightwellpharma.example",
        text="Morning,\n\nI'm the warehouse manager, I don't handle invoices or payments. Try accounts@brightwellpharma.example, they'll sort it.\n\nGary Whitlock\nWarehouse Manager – Brightwell Pharma Distribution",
        contact="accounts@brightwellpharma.example",
    ),
    Reply(
        key="wc-en-2",
        lang="en",
        intent="wrong_contact",
        style="gmail",
        when="2027-06-16 11:48 +0100",
        name="Becky Lowe",
        addr="becky.lowe@harlowgroup.example",
        cc="Harlow SSC Accounts Payable <SSC-AP@Harlowgroup.example>",
        text="Hi,\n\nJo Sutton left us in April. Supplier payments for all Harlow sites are now handled by our shared service centre in Leeds – I've copied them in: SSC-AP@Harlowgroup.example. Please send statements and reminders there from now on.\n\nThanks,\nBecky",
        contact="ssc-ap@harlowgroup.example",
        note="address written in mixed case and copied in Cc; labelled in lower case",
    ),
    Reply(
        key="wc-en-3",
        lang="en",
        intent="wrong_contact",
        style="notice",
        when="2027-06-23 03:14 +0100",
        name="Northfield Labs Accounts",
        addr="accounts@northfieldlabs.example",
        subject="Automatic reply: {s}",
        headers=AUTO,
        text="This mailbox is no longer monitored.\n\nNorthfield Labs has moved to a new finance system. Please send all invoices, statements and payment queries to northfield.ap@invoicehub.example. Messages sent to this address will not be read or forwarded.",
        contact="northfield.ap@invoicehub.example",
        note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact",
    ),
    Reply(
        key="wc-de-1",
        lang="de",
        intent="wrong_contact",
        style="outlook_html",
        rlang="en",
        when="2027-06-22 14:35 +0200",
        name="Markus Feld",
        addr="m.feld@gartencenter-feld.example",
        text="Guten Tag,\n\nich bin seit dem 1. Juni nicht mehr für die Kreditorenbuchhaltung zuständig. Bitte wenden Sie sich künftig an Frau Okonkwo unter kreditoren@gartencenter-feld.example.\n\nFreundliche Grüße\nMarkus Feld\nGartencenter Feld GmbH – Einkauf",
        contact="kreditoren@gartencenter-feld.example",
        note="German reply to an English reminder",
    ),
    Reply(
        key="wc-fr-1",
        lang="fr",
        intent="wrong_contact",
        style="iphone",
        when="2027-06-10 12:58 +0200",
        name="Anne Vasseur",
        addr="cabinet.vasseur@gmail.com",
        text="Vous vous trompez d'adresse : je suis dentiste, nous n'avons jamais été clients chez vous.",
        note="wrong recipient altogether, no new address",
    ),
    Reply(
        key="wc-fr-2",
        lang="fr",
        intent="wrong_contact",
        style="notice",
        when="2027-06-17 06:30 +0200",
        name="Comptabilité Librairie Pages d'Encre",
        addr="compta@pagesdencre.example",
        subject="Réponse automatique : {s}",
        headers=AUTO,
        text="Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er juin 2027. Merci d'adresser désormais vos factures et relances à comptabilite@pagesdencre-librairie.example.\n\nLibrairie Pages d'Encre",
        contact="comptabilite@pagesdencre-librairie.example",
        note="automatic 'no longer read' notice naming a new address",
    ),
    Reply(
        key="wc-es-1",
        lang="es",
        intent="wrong_contact",
        style="gmail",
        when="2027-06-09 16:16 +0200",
        name="Sergio Lozano",
        addr="logistica@distribucioneslozano.example",
        text="Hola,\n\nYo soy de logística, las facturas no pasan por mí. Las lleva nuestra gestoría: contabilidad@gestoriaalba.example. Escribidles a ellos.\n\nSaludos,\nSergio",
        contact="contabilidad@gestoriaalba.example",
    ),
    Reply(
        key="wc-es-2",
        lang="es",
        intent="wrong_contact",
        style="notice_html",
        when="2027-06-28 00:05 +0200",
        name="Farmacia Ortega",
        addr="pedidos@farmaciaortega.example",
        subject="Respuesta automática: {s}",
        headers=AUTO,
        text="Este buzón ya no está operativo y los mensajes que recibe no se leen.\n\nSi su consulta es sobre pedidos, llame al 968 000 412.",
        note="'mailbox no longer in use' notice without a new address: wrong_contact, no new_contact; HTML only",
    ),
    Reply(
        key="wc-nl-1",
        lang="nl",
        intent="wrong_contact",
        style="android",
        cte="b64",
        when="2027-06-15 07:40 +0200",
        name="Kees Visser",
        addr="kees@visserbanden.example",
        text="Verkeerde persoon. Stuur het naar crediteuren@visserbanden.example",
        contact="crediteuren@visserbanden.example",
        note="one-liner",
    ),
    Reply(
        key="wc-nl-2",
        lang="nl",
        intent="wrong_contact",
        style="outlook",
        when="2027-06-30 09:25 +0200",
        name="Lotte Brouwer",
        addr="l.brouwer@huisartsenlab-oost.example",
        text="Beste,\n\nIk werk sinds 1 juni niet meer op de financiële administratie van het lab; ik doe nu de planning. Mijn opvolger is Sanne de Vries, s.devries@huisartsenlab-oost.example. Ik heb uw mail aan haar doorgestuurd.\n\nGroet,\nLotte Brouwer",
        contact="s.devries@huisartsenlab-oost.example",
    ),
    Reply(
        key="wc-it-1",
        lang="it",
        intent="wrong_contact",
        style="gmail",
        when="2027-06-11 15:35 +0200",
        name="Roberta Galli",
        addr="roberta.galli@cartolerialuna.example",
        text="Buongiorno,\nnon mi occupo più dei pagamenti dal mese scorso. Scrivete ad amministrazione@cartolerialuna.example, se ne occupa il mio collega Andrea.\nSaluti, Roberta",
        contact="amministrazione@cartolerialuna.example",
    ),
    Reply(
        key="wc-it-2",
        lang="it",
        intent="wrong_contact",
        style="outlook_html",
        when="2027-06-24 10:55 +0200",
        name="Ufficio Acquisti – Officine Marchetti",
        addr="acquisti@officinemarchetti.example",
        text="Buongiorno,\n\nl'ufficio acquisti non gestisce le fatture passive. Vi preghiamo di inoltrare solleciti e fatture all'indirizzo fornitori@officinemarchetti.example.\n\nCordiali saluti\nUfficio Acquisti\nOfficine Marchetti S.p.A.",
        contact="fornitori@officinemarchetti.example",
    ),
)

UNSUBSCRIBE = (
    Reply(
        key="un-en-1",
        lang="en",
        intent="unsubscribe",
        style="gmail_plain",
        when="2027-06-10 21:30 +0100",
        name="Stuart Kemp",
        addr="stuart@kempinteriors.example",
        text="Stop emailing me about this. Anything further goes to our solicitors, Dacre & Hume LLP, and nowhere else.\n\nS. Kemp",
        note="'talk to our solicitors' with no address → unsubscribe",
    ),
    Reply(
        key="un-en-2",
        lang="en",
        intent="unsubscribe",
        style="iphone",
        rlang="de",
        when="2027-06-15 09:02 +0100",
        name="Dan Fairley",
        addr="dan@fairleycycles.example",
        text="Unsubscribe",
        note="one word; English reply to a German reminder",
    ),
    Reply(
        key="un-en-3",
        lang="en",
        intent="unsubscribe",
        style="outlook",
        when="2027-06-25 13:20 +0100",
        name="Janet Orme",
        addr="janet.orme@ormeandsons.example",
        text="Please take this address off your reminder list. We only deal with correspondence by post, as we've told your office before. For the record, it was paid last week anyway.\n\nJ. Orme\nOrme & Sons Garden Centre",
        note="post only, plus a payment claim: unsubscribe beats everything but bounce",
    ),
    Reply(
        key="un-de-1",
        lang="de",
        intent="unsubscribe",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        when="2027-06-09 10:30 +0200",
        name="Monika Seidel",
        addr="sekretariat@praxislabor-lorenz.example",
        text="Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns keine Zahlungserinnerungen mehr per E-Mail. Schriftverkehr zu Rechnungen bitte ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\ni. A. Monika Seidel",
        note="post only → unsubscribe; ISO-8859-1, 8bit",
    ),
    Reply(
        key="un-de-2",
        lang="de",
        intent="unsubscribe",
        style="android",
        cte="b64",
        when="2027-06-28 19:55 +0200",
        name="Uwe Schramm",
        addr="uwe.schramm@schramm-reifen.example",
        text="AUSTRAGEN!!! Wir haben das längst bezahlt und ich will diese Mails nicht mehr bekommen.",
        note="stop request plus a payment claim: unsubscribe wins",
    ),
    Reply(
        key="un-fr-1",
        lang="fr",
        intent="unsubscribe",
        style="gmail",
        when="2027-06-23 17:10 +0200",
        name="Gilles Faure",
        addr="g.faure@faure-optique.example",
        text="Monsieur,\n\nJe vous prie de cesser de m'écrire. Toute correspondance concernant ce dossier doit désormais être adressée à notre avocat, Maître Lefort, au barreau de Lyon.\n\nG. Faure",
        note="'only through our lawyer', no address → unsubscribe",
    ),
    Reply(
        key="un-es-1",
        lang="es",
        intent="unsubscribe",
        style="iphone",
        when="2027-06-14 20:40 +0200",
        name="Nuria Campos",
        addr="nuria@camposflores.example",
        text="No me mandéis más correos. Lo que tengáis que decir, por carta certificada.",
        note="post only",
    ),
    Reply(
        key="un-es-2",
        lang="es",
        intent="unsubscribe",
        style="gmail",
        when="2027-06-30 08:30 +0200",
        name="Miguel Herrera",
        addr="miguelherrera78@gmail.com",
        text="Dejad de mandar recordatorios a este correo, que es mi cuenta personal. No quiero recibir nada más aquí.",
        note="stop request for a personal address without naming another: unsubscribe beats wrong_contact",
    ),
    Reply(
        key="un-nl-1",
        lang="nl",
        intent="unsubscribe",
        style="gmail",
        when="2027-06-08 13:45 +0200",
        name="Anouk Meijer",
        addr="anouk@meijerdrukwerk.example",
        text="Haal mij alsjeblieft van jullie mailinglijst af.",
    ),
    Reply(
        key="un-nl-2",
        lang="nl",
        intent="unsubscribe",
        style="outlook",
        when="2027-06-22 16:05 +0200",
        name="Hans Verbeek",
        addr="h.verbeek@verbeek-autos.example",
        text="Stop met mailen. Verdere communicatie loopt via onze advocaat, mr. Claassen.",
        note="lawyer only, no address",
    ),
    Reply(
        key="un-it-1",
        lang="it",
        intent="unsubscribe",
        style="iphone",
        when="2027-06-17 12:20 +0200",
        name="Sara Colombo",
        addr="sara@colombobijoux.example",
        text="Cancellatemi da questa lista, grazie",
    ),
    Reply(
        key="un-it-2",
        lang="it",
        intent="unsubscribe",
        style="outlook_html",
        when="2027-07-01 09:15 +0200",
        name="Giorgio Rizzi",
        addr="giorgio.rizzi@ferramentarizzi.example",
        text="Spett.le Società,\n\nVi diffidiamo dal continuare a inviare solleciti a questo indirizzo di posta elettronica. Per qualsiasi comunicazione relativa alla posizione, rivolgetevi esclusivamente al nostro legale, avv. Carla Rinaldi del foro di Verona.\n\nDistinti saluti\nGiorgio Rizzi\nFerramenta Rizzi s.a.s.",
        note="formal notice to stop, lawyer only",
    ),
)

AUTO_REPLY = (
    Reply(
        key="ar-en-1",
        lang="en",
        intent="auto_reply",
        style="notice",
        when="2027-06-14 08:06 +0100",
        name="Claire Benson",
        addr="claire.benson@wexleyprint.example",
        subject="Automatic reply: {s}",
        headers=(*AUTO, ("X-Auto-Response-Suppress", "All")),
        text="Thank you for your email. I am out of the office until Friday 18 June with no access to email.\n\nFor anything urgent please contact the accounts team on 01632 960 441.",
        ret="2027-06-18",
        note="'until X' → X itself",
    ),
    Reply(
        key="ar-en-2",
        lang="en",
        intent="auto_reply",
        style="notice",
        when="2027-06-21 10:00 +0100",
        name="Kingsbridge AP Service Desk",
        addr="apservicedesk@kingsbridge-retail.example",
        subject="[INC-0048812] {s}",
        headers=(("Precedence", "bulk"), ("X-Ticket-ID", "INC-0048812")),
        text="Hello,\n\nThank you for contacting the Kingsbridge Accounts Payable Service Desk. Your request has been logged as INC-0048812 and will be picked up by a member of the team. Our current response time is 5 working days.\n\nPlease do not reply to this message; quote the reference above if you need to contact us again.\n\nKingsbridge Retail – Finance Shared Services",
        note="ticket acknowledgement without Auto-Submitted; no return date",
    ),
    Reply(
        key="ar-en-3",
        lang="en",
        intent="auto_reply",
        style="notice",
        when="2027-06-09 11:11 +0100",
        name="Imran Qureshi",
        addr="imran@qureshipharmacy.example",
        subject="Out of Office: {s}",
        headers=(("X-Autoreply", "yes"),),
        text="I'm on site visits this week with limited access to email. I'll be back in the pharmacy on Monday 14 June and will reply then.\n\nImran",
        ret="2027-06-14",
        note="out-of-office without Auto-Submitted",
    ),
    Reply(
        key="ar-de-1",
        lang="de",
        intent="auto_reply",
        style="notice",
        when="2027-06-15 09:33 +0200",
        name="Claudia Merz",
        addr="c.merz@merz-feinkost-versand.example",
        subject="Automatische Antwort: {s}",
        headers=AUTO,
        text="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 25.06.2027 nicht im Büro. Ab Montag, dem 28.06., bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nClaudia Merz",
        ret="2027-06-28",
        note="'wieder erreichbar ab' wins over 'bis einschließlich'",
    ),
    Reply(
        key="ar-de-2",
        lang="de",
        intent="auto_reply",
        style="notice",
        when="2027-06-24 14:02 +0200",
        name="Universität Bergheim – Servicedesk Finanzen",
        addr="finanzen-service@uni-bergheim.example",
        subject="[Ticket#2027062410000417] Eingangsbestätigung: {s}",
        headers=AUTO,
        text="Sehr geehrte Damen und Herren,\n\nIhre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer 2027062410000417 erfasst. Wir bearbeiten Anliegen in der Reihenfolge des Eingangs und melden uns innerhalb von drei Werktagen.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\nUniversität Bergheim – Dezernat Finanzen, Servicedesk",
        note="ticket acknowledgement; 'within three working days' is not a return date",
    ),
    Reply(
        key="ar-fr-1",
        lang="fr",
        intent="auto_reply",
        style="notice",
        when="2027-06-14 08:00 +0200",
        name="Véronique Lambert",
        addr="v.lambert@labo-lambert.example",
        subject="Réponse automatique : {s}",
        headers=AUTO,
        text="Bonjour,\n\nJe suis absente du 14 au 25 juin inclus. Je serai de retour le lundi 28 juin et traiterai votre message à mon retour.\n\nEn cas d'urgence, vous pouvez joindre l'accueil du laboratoire au 04 78 00 12 34.\n\nVéronique Lambert",
        ret="2027-06-28",
        note="the stated day back wins over 'inclus'",
    ),
    Reply(
        key="ar-fr-2",
        lang="fr",
        intent="auto_reply",
        style="notice_html",
        when="2027-07-02 18:00 +0200",
        name="Pharmacie des Tilleuls",
        addr="contact@pharmacie-tilleuls.example",
        subject="Fermeture annuelle – {s}",
        headers=(("Precedence", "auto_reply"),),
        text="Bonjour,\n\nLa pharmacie sera fermée pour congés annuels du 5 au 24 juillet. Réouverture le lundi 26 juillet à 9 h.\n\nPendant la fermeture, votre message ne sera pas lu. Pour une urgence, adressez-vous à la pharmacie de garde.\n\nL'équipe de la Pharmacie des Tilleuls",
        ret="2027-07-26",
        note="annual-closure notice without Auto-Submitted, HTML only; 'réouverture le lundi 26 juillet'",
    ),
    Reply(
        key="ar-es-1",
        lang="es",
        intent="auto_reply",
        style="notice",
        when="2027-06-23 12:00 +0200",
        name="Lucía Ramos",
        addr="lucia.ramos@tiendaramos.example",
        subject="Respuesta automática: {s}",
        headers=AUTO,
        text="Hola:\n\nEstaré fuera de la oficina hasta el 30 de junio, con acceso limitado al correo. Responderé a su mensaje a mi vuelta.\n\nUn saludo,\nLucía Ramos",
        ret="2027-06-30",
        note="'hasta X' → X itself",
    ),
    Reply(
        key="ar-nl-1",
        lang="nl",
        intent="auto_reply",
        style="notice",
        when="2027-06-28 08:01 +0200",
        name="Daan Peeters",
        addr="daan@peeters-kantoorartikelen.example",
        subject="Automatisch antwoord: {s}",
        headers=AUTO,
        text="Beste afzender,\n\nIk ben met vakantie tot en met 2 juli en ben maandag 5 juli weer op kantoor. Uw mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nDaan Peeters",
        ret="2027-07-05",
        note="the day back wins over 't/m'",
    ),
    Reply(
        key="ar-nl-2",
        lang="nl",
        intent="auto_reply",
        style="notice",
        when="2027-06-11 17:45 +0200",
        name="Klantenservice Laboratorium Westland",
        addr="info@labwestland.example",
        subject="Ontvangstbevestiging: {s}",
        headers=(("Precedence", "auto_reply"),),
        text="Geachte heer/mevrouw,\n\nBedankt voor uw e-mail. Wij hebben uw bericht ontvangen en behandelen het binnen vijf werkdagen.\n\nDit is een automatisch gegenereerd bericht.\n\nLaboratorium Westland B.V.",
        note="receipt acknowledgement without Auto-Submitted; no return date",
    ),
    Reply(
        key="ar-it-1",
        lang="it",
        intent="auto_reply",
        style="notice",
        when="2027-06-29 09:00 +0200",
        name="Francesca Marini",
        addr="f.marini@marinigioielli.example",
        subject="Risposta automatica: {s}",
        headers=AUTO,
        text="Gentile mittente,\n\nsarò assente per ferie fino a venerdì 9 luglio compreso, con accesso limitato alla posta. Rientrerò in ufficio lunedì 12 luglio.\n\nCordiali saluti\nFrancesca Marini",
        ret="2027-07-12",
        note="the day back wins over 'fino a … compreso'",
    ),
    Reply(
        key="ar-it-2",
        lang="it",
        intent="auto_reply",
        style="notice",
        when="2027-06-16 13:37 +0200",
        name="Servizio Clienti – Ricambi Esposito",
        addr="assistenza@ricambiesposito.example",
        subject="Ticket n. 55120 – {s}",
        headers=AUTO,
        text="Gentile cliente,\n\nla sua richiesta è stata presa in carico dal nostro servizio clienti con il numero di ticket 55120. Le risponderemo il prima possibile.\n\nQuesto messaggio è generato automaticamente: non risponda a questo indirizzo.\n\nRicambi Esposito S.r.l.",
        note="ticket acknowledgement",
    ),
)

OTHER = (
    Reply(
        key="ot-en-1",
        lang="en",
        intent="other",
        style="gmail",
        when="2027-06-21 16:58 +0100",
        name="Pinewood Pharmacy Accounts",
        addr="accounts@pinewood-pharrnacy.example",
        text="Hello,\n\nPlease be advised that our accounts email has changed with immediate effect. Kindly update your records and send all future invoices, statements and remittance queries to pinewoodpharmacy.accounts@gmail.com only. Do not use the old address or call the branch, as the line is being changed.\n\nRegards,\nAccounts Department\nPinewood Pharmacy",
        note="phishing-like redirect from a lookalike domain ('pharrnacy') to a free-mail address; a person must verify it by phone, so other and no new_contact",
    ),
    Reply(
        key="ot-en-2",
        lang="en",
        intent="other",
        style="inline",
        when="2027-06-14 12:02 +0100",
        name="Kevin Walsh",
        addr="kevin@walshgarage.example",
        inv="NCS-482188",
        text="{p2}\n\nDidn't we pay this already? Thought our bookkeeper sorted NCS-482188 last month. Can you check your end?\n\n{p3}\n\nKev\nWalsh's Garage",
        refs=("NCS-482188",),
        note="a question about the payment, not a claim of one; inline reply",
    ),
    Reply(
        key="ot-en-3",
        lang="en",
        intent="other",
        style="outlook",
        when="2027-07-01 08:40 +0100",
        name="Andrew Pike",
        addr="andrew.pike@pikelogistics.example",
        subject="RE: Out of Office: {s}",
        text="Back from leave today and working through about 400 emails. I'll look at this properly once I've caught up.\n\nAndrew Pike\nWarehouse & Distribution Manager, Pike Logistics",
        note="a person writing although the subject says 'Out of Office'; no commitment, so other",
    ),
    Reply(
        key="ot-de-1",
        lang="de",
        intent="other",
        style="outlook",
        when="2027-06-09 13:20 +0200",
        name="Petra Schulz",
        addr="p.schulz@schulz-elektronik.example",
        text="Hallo,\n\ndanke, ist angekommen. Ich leite das an unsere Buchhaltung weiter.\n\nGruß\nPetra Schulz",
        note="acknowledgement; passing it on names nobody",
    ),
    Reply(
        key="ot-de-2",
        lang="de",
        intent="other",
        style="gmail",
        when="2027-06-18 10:22 +0200",
        name="Felix Neumann",
        addr="felix@neumann-weinversand.example",
        text="Hallo,\n\nunabhängig von der Rechnung: Könnten Sie uns ein Angebot für wöchentliche Palettenfahrten nach Basel machen? Ab September bräuchten wir jeden Dienstag zwei Stellplätze.\n\nViele Grüße\nFelix Neumann\nNeumann Weinversand",
        note="sales enquiry in the reminder thread; nothing about paying",
    ),
    Reply(
        key="ot-fr-1",
        lang="fr",
        intent="other",
        style="gmail_plain",
        rlang="en",
        when="2027-06-15 09:15 +0200",
        name="Marc Girard",
        addr="marc@girard-cycles.example",
        text="Bien reçu. Le gérant rentre lundi, il vous rappellera.\nMarc",
        note="acknowledgement; a call-back is not a payment commitment; French reply to an English reminder",
    ),
    Reply(
        key="ot-fr-2",
        lang="fr",
        intent="other",
        style="iphone",
        when="2027-06-25 14:50 +0200",
        name="Élodie Perrin",
        addr="elodie@perrin-fleurs.example",
        text="Au fait, vous livrez le samedi matin ? On aurait besoin d'un enlèvement le 10 juillet.",
        note="delivery question only",
    ),
    Reply(
        key="ot-es-1",
        lang="es",
        intent="other",
        style="iphone",
        when="2027-06-10 19:30 +0200",
        name="Javier Soto",
        addr="javier.soto@sotomotor.example",
        text="Llamadme al 600 123 456 y lo hablamos, que por correo no me aclaro.",
        note="asks for a call; nothing decided",
    ),
    Reply(
        key="ot-es-2",
        lang="es",
        intent="other",
        style="android",
        cte="b64",
        when="2027-06-29 11:40 +0200",
        name="Carmen Vidal",
        addr="carmen@vidal-papeleria.example",
        text="Ok",
        note="bare 'Ok': neither a claim nor a commitment",
    ),
    Reply(
        key="ot-nl-1",
        lang="nl",
        intent="other",
        style="outlook",
        when="2027-06-17 10:03 +0200",
        name="Sven Dijkstra",
        addr="s.dijkstra@dijkstralab.example",
        text="Goedemorgen,\n\nIs dit dezelfde factuur waarover uw collega gisteren belde? Dan hebben we dat telefonisch al met haar besproken.\n\nGroet,\nSven Dijkstra",
        note="refers to an unstated phone agreement; a person must check",
    ),
    Reply(
        key="ot-nl-2",
        lang="nl",
        intent="other",
        style="gmail_plain",
        when="2027-07-02 09:09 +0200",
        name="Tim Bakker",
        addr="tim@bakkerwijnen.example",
        text="Gezien.\n\nTim",
        note="one-word acknowledgement",
    ),
    Reply(
        key="ot-it-1",
        lang="it",
        intent="other",
        style="gmail",
        when="2027-06-23 11:11 +0200",
        name="Simone Fontana",
        addr="simone@fontanaelettronica.example",
        text="Buongiorno,\nmi potete richiamare? Vorrei parlare con qualcuno della vostra amministrazione prima di fare qualsiasi cosa. Il mio numero è 347 000 2211.\nSimone Fontana",
        note="asks for a call",
    ),
)

REPLIES = (
    PAYMENT_SENT
    + PROMISE_TO_PAY
    + DISPUTE
    + PAYMENT_PLAN
    + INVOICE_REQUEST
    + WRONG_CONTACT
    + UNSUBSCRIBE
    + AUTO_REPLY
    + OTHER
)

BOUNCES: tuple[tuple[Bounce, Callable[[Bounce], Message]], ...] = (
    (
        Bounce(
            key="bo-en-1",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="dispatch@harrowfieldprint.example",
            when="2027-06-08 08:07 +0100",
            rlang="en",
            inv="NCS-482311",
            note="Postfix RFC 3464 report with the returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="bo-en-2",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@sparrowlanegifts.example",
            when="2027-06-16 08:09 +0100",
            rlang="en",
            inv="NCS-482844",
            note="qmail notice, not MIME",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-en-3",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="office@brambleyardgarage.example",
            when="2027-06-23 12:11 +0100",
            rlang="en",
            inv="NCS-483133",
            note="sendmail 4-hour delay warning",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            key="bo-de-1",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="buchhaltung@moebelwerk-sauer.example",
            when="2027-06-10 08:05 +0200",
            rlang="de",
            inv="NCS-482501",
            note="Exchange Online NDR in German",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-2",
            lang="de",
            kind="soft",
            status="4.7.1",
            rcpt="rechnungen@apotheke-am-lindenplatz.example",
            when="2027-06-29 12:07 +0200",
            rlang="de",
            inv="NCS-483480",
            note="security gateway greylisting notice",
        ),
        bounce_gateway_de,
    ),
    (
        Bounce(
            key="bo-fr-1",
            lang="fr",
            kind="hard",
            status="5.1.1",
            rcpt="garage.chevalier.compta@gmail.com",
            when="2027-06-14 08:06 +0200",
            rlang="fr",
            inv="NCS-482613",
            note="Gmail DSN in French",
        ),
        bounce_gmail_fr,
    ),
    (
        Bounce(
            key="bo-fr-2",
            lang="fr",
            kind="soft",
            status="4.2.2",
            rcpt="facturation@biolab-rhone.example",
            when="2027-07-01 12:08 +0200",
            rlang="fr",
            inv="NCS-483702",
            note="localized Exim delay warning, mailbox full, plain ISO-8859-1",
        ),
        bounce_exim_fr,
    ),
    (
        Bounce(
            key="bo-es-1",
            lang="es",
            kind="hard",
            status="5.4.1",
            rcpt="pagos@muebles-costa.example",
            when="2027-06-17 08:05 +0200",
            rlang="es",
            inv="NCS-482933",
            note="Exchange Online NDR in Spanish",
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            key="bo-es-2",
            lang="es",
            kind="soft",
            status="4.4.2",
            rcpt="admin@ferreteria-puerto.example",
            when="2027-06-25 12:05 +0200",
            rlang="es",
            inv="NCS-483390",
            note="Spanish provider delay notice",
        ),
        bounce_isp_es,
    ),
    (
        Bounce(
            key="bo-it-1",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="contabilita@vivaiorossi.example",
            when="2027-06-09 08:05 +0200",
            rlang="it",
            inv="NCS-482120",
            note="Exchange Online NDR in Italian",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            key="bo-it-2",
            lang="it",
            kind="soft",
            status="4.4.1",
            rcpt="amministrazione@laboratoriobrera.example",
            when="2027-06-22 12:06 +0200",
            rlang="it",
            inv="NCS-483211",
            note="Italian provider delay notice",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            key="bo-nl-1",
            lang="nl",
            kind="soft",
            status="4.4.7",
            rcpt="administratie@drukkerijvdberg.example",
            when="2027-06-30 12:09 +0200",
            rlang="nl",
            inv="NCS-483555",
            note="Exchange Online delay notice in Dutch",
        ),
        bounce_exchange_nl,
    ),
)


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply, *, file: str) -> Label:
    currency = (r.cur or ("GBP" if r.lang == "en" else "EUR")) if r.amount else None
    return Label(
        file=file,
        intent=r.intent,
        promised_date=r.promised,
        paid_date=r.paid,
        return_date=r.ret,
        payment_reference=r.ref,
        amount=r.amount,
        currency=currency,
        new_contact=r.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(r.refs),
        language=r.lang,
        note=r.note,
    )


def bounce_label(b: Bounce, *, file: str) -> Label:
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
        bounce_kind=b.kind,
        failed_recipient=b.rcpt.lower(),
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


def all_items() -> list[tuple[str, Message, Reply | Bounce]]:
    items: list[tuple[str, Message, Reply | Bounce]] = [(r.key, build_reply(r), r) for r in REPLIES]
    items += [(b.key, build(b), b) for b, build in BOUNCES]
    return items


def label_for(record: Reply | Bounce, *, file: str) -> Label:
    if isinstance(record, Reply):
        return reply_label(record, file=file)
    return bounce_label(record, file=file)


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header, value in msg.items():
        if "=?" in str(value):
            raise SystemExit(f"{name}: {header} not decoded")
    sent = msg["Date"].datetime.date()
    if not FIRST_DAY <= sent <= LAST_DAY:
        raise SystemExit(f"{name}: dated {sent}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: {part.defects}")
        if part.get_content_maintype() == "text":
            part.get_content()


def check_date(value: str | None, file: str) -> None:
    if value is not None and date.fromisoformat(value).isoformat() != value:
        raise SystemExit(f"{file}: bad date {value}")


def check_label(label: Label) -> None:
    file = label["file"]
    if tuple(label) != LABEL_ORDER:
        raise SystemExit(f"{file}: label keys out of order")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{file}: bad intent or language")
    for value in (label["promised_date"], label["paid_date"], label["return_date"]):
        check_date(value, file)
    bounce_fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if (label["intent"] == "bounce") != all(bounce_fields) or any(bounce_fields) != all(
        bounce_fields
    ):
        raise SystemExit(f"{file}: bounce fields do not match the intent")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{file}: amount and currency go together")
    check_values(label)


def check_values(label: Label) -> None:
    file = label["file"]
    amount = label["amount"]
    if amount is not None and not (amount.replace(".", "", 1).isdigit() and amount[-3] == "."):
        raise SystemExit(f"{file}: amount {amount}")
    for ref in label["invoice_refs"]:
        if not (ref.startswith("NCS-") and len(ref) == 10 and ref[4:].isdigit()):
            raise SystemExit(f"{file}: invoice ref {ref}")
    for addr in (label["new_contact"], label["failed_recipient"]):
        if addr is not None and addr != addr.lower():
            raise SystemExit(f"{file}: address not in lower case")


def shuffled(keys: list[str]) -> list[str]:
    """A fixed shuffle: order by a keyed hash, so a file number says nothing about the label."""
    return sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}:{k}".encode()).hexdigest())


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
    items = {key: (msg, record) for key, msg, record in all_items()}
    if len(items) != len(REPLIES) + len(BOUNCES):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, key in enumerate(shuffled(list(items)), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        msg, record = items[key]
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = label_for(record, file=name)
        check_label(label)
        labels.append(label)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
