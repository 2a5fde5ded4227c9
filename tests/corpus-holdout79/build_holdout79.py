# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 79: `h79-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Brightwell Pool & Spa Services after it sent an
overdue reminder. The new text of each message is written by hand in the tables below; the code
only adds what a mail client or a mail server would add: the quoted reminder in the client's
layout and language, headers, MIME structure, charsets and transfer encodings. It writes next to
itself, deterministically (fixed seed, fixed boundaries, Message-IDs derived from each key).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
SEED = "holdout79-20270607"
AR_NAME = "Brightwell Accounts"
AR_ADDR = "accounts@brightwell-pools.example"
AR_HOST = "mail.brightwell-pools.example"
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


class Extra(TypedDict, total=False):
    """The label fields a message sets; every other field is null."""

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


class Label(TypedDict):
    """One line of labels.jsonl, keys in holdout2's order."""

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
class Spec:
    """One message: who writes, when, with which client, the new text and its labels."""

    key: str
    lang: str
    intent: str
    when: str
    name: str
    addr: str
    text: str
    style: str = "gmail"
    inv: str = "41000"
    owed: str = "£1,000.00"
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    quote_lang: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    extra: Extra = field(default_factory=Extra)
    refs: tuple[str, ...] = ()
    note: str | None = None
    gap_minutes: int = 0

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def qlang(self) -> str:
        return self.quote_lang or self.lang


# --------------------------------------------------------------------------------------------
# The reminder Brightwell sent, and how each client quotes it
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice BPS/{inv} – Brightwell Pool & Spa",
    "de": "Zahlungserinnerung: Rechnung BPS/{inv} ist überfällig",
    "fr": "Relance : facture BPS/{inv} échue",
    "es": "Recordatorio: factura BPS/{inv} vencida",
    "nl": "Herinnering: factuur BPS/{inv} is vervallen",
    "it": "Sollecito di pagamento – fattura BPS/{inv}",
}
REMINDER_BODY = {
    "en": "Dear customer,\n\nAccording to our records, invoice BPS/{inv} for {owed} is now overdue. If you have already paid, please accept our thanks and ignore this message; otherwise we would be grateful if you could arrange payment or tell us if anything is wrong with the invoice.\n\nKind regards\n\nAccounts Receivable\nBrightwell Pool & Spa Services",
    "de": "Sehr geehrte Damen und Herren,\n\nlaut unserer Buchhaltung ist die Rechnung BPS/{inv} über {owed} inzwischen fällig. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie diese Nachricht bitte als gegenstandslos. Andernfalls bitten wir um Ausgleich oder um eine kurze Rückmeldung, falls etwas nicht stimmt.\n\nMit freundlichen Grüßen\n\nDebitorenbuchhaltung\nBrightwell Pool & Spa Services",
    "fr": "Madame, Monsieur,\n\nSauf erreur de notre part, la facture BPS/{inv} d'un montant de {owed} reste impayée à ce jour. Si le règlement a déjà été effectué, merci de ne pas tenir compte de ce message ; dans le cas contraire, nous vous remercions de bien vouloir procéder au paiement ou de nous signaler tout problème.\n\nCordialement,\n\nService comptabilité clients\nBrightwell Pool & Spa Services",
    "es": "Estimado cliente:\n\nSegún nuestros registros, la factura BPS/{inv} por importe de {owed} se encuentra vencida. Si ya ha realizado el pago, le rogamos que ignore este mensaje; en caso contrario, le agradeceríamos que procediera al pago o nos indicara cualquier incidencia.\n\nUn saludo,\n\nDepartamento de cobros\nBrightwell Pool & Spa Services",
    "nl": "Geachte klant,\n\nVolgens onze administratie staat factuur BPS/{inv} van {owed} nog open, terwijl de betaaltermijn is verstreken. Heeft u al betaald, dan kunt u dit bericht als niet verzonden beschouwen. Zo niet, dan verzoeken wij u vriendelijk het bedrag over te maken of ons te laten weten als er iets niet klopt.\n\nMet vriendelijke groet,\n\nDebiteurenadministratie\nBrightwell Pool & Spa Services",
    "it": "Gentile cliente,\n\ndai nostri registri risulta che la fattura BPS/{inv} di {owed} è scaduta e non ancora saldata. Se ha già provveduto al pagamento, La preghiamo di non considerare questo messaggio; in caso contrario Le chiediamo di effettuare il saldo o di segnalarci eventuali problemi.\n\nCordiali saluti,\n\nUfficio crediti\nBrightwell Pool & Spa Services",
}
REPLY_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
WEEKDAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
ATTRIBUTION = {
    "en": "On {wd}, {d} {mon} {y} at {hm}, {name} <{addr}> wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {hm} schrieb {name} <{addr}>:",
    "fr": "Le {wd} {d} {mon} {y} à {hm}, {name} <{addr}> a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {hm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {hm} schreef {name} <{addr}>:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {hm} {name} <{addr}> ha scritto:",
}
TB_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {hm}, {name} wrote:",
    "de": "Am {dd}.{mm}.{y} um {hm} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {hm}, {name} a écrit :",
    "es": "El {dd}/{mm}/{y} a las {hm}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {hm} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {hm}, {name} ha scritto:",
}
OUTLOOK_FIELDS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
}
SENT_FROM_IPHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
GET_ANDROID = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode("ascii")[:n]


def reminder_time(s: Spec) -> datetime:
    if s.gap_minutes:
        return s.dt - timedelta(minutes=s.gap_minutes)
    back = 1 + digest(s.key, "days")[0] % 4
    sent = (s.dt - timedelta(days=back)).astimezone(s.dt.tzinfo)
    sent -= timedelta(days=max(0, sent.weekday() - 4))
    return sent.replace(hour=7, minute=30 + digest(s.key, "min")[0] % 20)


def reminder_msgid(s: Spec) -> str:
    return f"<rem.{token(s.key, 'rem', 16).lower()}@brightwell-pools.example>"


def reminder_subject(s: Spec) -> str:
    return REMINDER_SUBJECT[s.qlang].format(inv=s.inv)


def latin_safe(text: str, charset: str) -> str:
    if charset == "iso-8859-1":
        return text.replace("–", "-").replace("€", "EUR").replace("’", "'").replace("…", "...")
    return text


def reminder_text(s: Spec) -> str:
    return latin_safe(REMINDER_BODY[s.qlang].format(inv=s.inv, owed=s.owed), s.charset)


def when_fields(lang: str, dt: datetime) -> dict[str, str]:
    return {
        "wd": WEEKDAYS[lang].split()[dt.weekday()],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mm": f"{dt.month:02d}",
        "mon": MONTHS[lang].split()[dt.month - 1],
        "y": str(dt.year),
        "hm": dt.strftime("%H:%M"),
    }


def attribution(s: Spec, table: dict[str, str]) -> str:
    fields = when_fields(s.lang, reminder_time(s))
    return table[s.lang].format(name=AR_NAME, addr=AR_ADDR, **fields)


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def outlook_block(s: Spec) -> str:
    head, f_from, f_sent, f_to, f_subj = OUTLOOK_FIELDS[s.lang]
    sent = reminder_time(s)
    fields = when_fields(s.lang, sent)
    sent_text = f"{fields['wd']} {fields['d']} {fields['mon']} {fields['y']} {fields['hm']}"
    return (
        f"{head}\n{f_from}: {AR_NAME} <{AR_ADDR}>\n{f_sent}: {sent_text}\n"
        f"{f_to}: {s.addr}\n{f_subj}: {reminder_subject(s)}\n\n{reminder_text(s)}"
    )


def paragraphs_html(text: str) -> str:
    blocks = text.strip("\n").split("\n\n")
    return "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>\n" for b in blocks)


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


ENCODINGS = {"qp": cs.QP, "b64": cs.BASE64, "flowed": cs.QP}


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    part = MIMENonMultipart("text", subtype)
    body = latin_safe(text if text.endswith("\n") else text + "\n", charset)
    if cte in ENCODINGS:
        cset = cs.Charset(charset)
        cset.body_encoding = ENCODINGS[cte]
        part.set_payload(body, cset)
        if cte == "flowed":
            part.set_param("format", "flowed")
        return part
    part.set_param("charset", charset)
    part.set_payload(body.encode(charset).decode("ascii", "surrogateescape"))
    part["Content-Transfer-Encoding"] = cte
    return part


def alternative(s: Spec, plain: str, markup: str) -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, subtype="plain", charset=s.charset, cte=s.cte))
    alt.attach(text_part(markup, subtype="html", charset=s.charset, cte=s.cte))
    return alt


def enc_header(text: str, charset: str) -> str:
    value = latin_safe(text, charset)
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return Header(value, "utf-8" if charset == "us-ascii" else charset).encode()
    return value


# --------------------------------------------------------------------------------------------
# Client styles
# --------------------------------------------------------------------------------------------


def style_outlook(s: Spec) -> Message:
    body = f"{s.text}\n\n{outlook_block(s)}\n"
    return text_part(body, subtype="plain", charset=s.charset, cte=s.cte)


def outlook_html(s: Spec) -> str:
    head, f_from, f_sent, f_to, f_subj = OUTLOOK_FIELDS[s.lang]
    del head
    sent = reminder_time(s)
    fields = when_fields(s.lang, sent)
    sent_text = f"{fields['wd']} {fields['d']} {fields['mon']} {fields['y']} {fields['hm']}"
    header = (
        f"<b>{f_from}:</b> {html.escape(AR_NAME)} &lt;{AR_ADDR}&gt;<br>"
        f"<b>{f_sent}:</b> {sent_text}<br><b>{f_to}:</b> {html.escape(s.addr)}<br>"
        f"<b>{f_subj}:</b> {html.escape(reminder_subject(s))}"
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset='
        f'{s.charset}"><style>p.MsoNormal{{margin:0cm;font-family:"Calibri",sans-serif}}</style></head>'
        f'<body lang="{s.lang.upper()}"><div class="WordSection1">'
        f"{paragraphs_html(s.text).replace('<p>', '<p class=MsoNormal>')}"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f"<p class=MsoNormal>{header}</p></div>"
        f"{paragraphs_html(reminder_text(s)).replace('<p>', '<p class=MsoNormal>')}</div></body></html>\n"
    )


def style_outlook_html(s: Spec) -> Message:
    plain = f"{s.text}\n\n{outlook_block(s).split(chr(10), 1)[1]}\n"
    return alternative(s, plain, outlook_html(s))


def style_html_only(s: Spec) -> Message:
    return text_part(outlook_html(s), subtype="html", charset=s.charset, cte=s.cte)


def style_gmail(s: Spec) -> Message:
    attr = attribution(s, ATTRIBUTION)
    plain = f"{s.text}\n\n{attr}\n\n{quoted(reminder_text(s))}\n"
    markup = (
        f'<div dir="ltr">{paragraphs_html(s.text)}</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs_html(reminder_text(s))}</blockquote></div>\n"
    )
    return alternative(s, plain, markup)


def style_gmail_plain(s: Spec) -> Message:
    attr = attribution(s, ATTRIBUTION)
    body = f"{s.text}\n\n{attr}\n\n{quoted(reminder_text(s))}\n"
    return text_part(body, subtype="plain", charset=s.charset, cte=s.cte)


def style_inline(s: Spec) -> Message:
    """Inline reply: the customer's lines sit between the quoted paragraphs ('|' marks a cut)."""
    attr = attribution(s, ATTRIBUTION)
    quoted_paras = [quoted(p) for p in reminder_text(s).split("\n\n")]
    answers = s.text.split("\n|\n")
    lines = [attr, ""]
    for i, para in enumerate(quoted_paras):
        lines.append(para)
        if i < len(answers) and answers[i]:
            lines.extend(["", answers[i], ""])
        elif i < len(quoted_paras) - 1:
            lines.append(">")
    return text_part("\n".join(lines) + "\n", subtype="plain", charset=s.charset, cte=s.cte)


def style_iphone(s: Spec) -> Message:
    attr = attribution(s, ATTRIBUTION)
    body = f"{s.text}\n\n{SENT_FROM_IPHONE[s.lang]}\n\n{attr}\n\n{quoted(reminder_text(s))}\n"
    return text_part(body, subtype="plain", charset=s.charset, cte=s.cte)


def style_apple(s: Spec) -> Message:
    attr = attribution(s, ATTRIBUTION)
    plain = f"{s.text}\n\n{attr}\n\n{quoted(reminder_text(s))}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word;">'
        f'{paragraphs_html(s.text)}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div>'
        f"{paragraphs_html(reminder_text(s))}</blockquote></div></body></html>\n"
    )
    return alternative(s, plain, markup)


def style_thunderbird(s: Spec) -> Message:
    attr = attribution(s, TB_ATTRIBUTION)
    body = f"{attr}\n{quoted(reminder_text(s))}\n\n{s.text}\n"
    cte = "flowed" if s.charset == "utf-8" else s.cte
    return text_part(body, subtype="plain", charset=s.charset, cte=cte)


def style_android(s: Spec) -> Message:
    block = outlook_block(s).split("\n", 1)[1]
    body = f"{s.text}\n\n{GET_ANDROID[s.lang]}\n________________________________\n{block}\n"
    return text_part(body, subtype="plain", charset=s.charset, cte="b64")


def style_none(s: Spec) -> Message:
    return text_part(s.text, subtype="plain", charset=s.charset, cte=s.cte)


def style_none_html(s: Spec) -> Message:
    markup = f"<html><body>{paragraphs_html(s.text)}</body></html>\n"
    return alternative(s, s.text, markup)


def style_pdf(s: Spec) -> Message:
    mixed = MIMEMultipart("mixed")
    mixed.attach(style_gmail(s))
    proof = MIMEApplication(b"%PDF-1.4\n% invented payment proof\n%%EOF\n", "pdf")
    proof.add_header("Content-Disposition", "attachment", filename="justificante_transferencia.pdf")
    mixed.attach(proof)
    return mixed


STYLES: dict[str, Callable[[Spec], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "inline": style_inline,
    "iphone": style_iphone,
    "apple": style_apple,
    "thunderbird": style_thunderbird,
    "android": style_android,
    "none": style_none,
    "none_html": style_none_html,
    "pdf": style_pdf,
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_html": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "html_only": (("X-Mailer", "Microsoft Outlook 15.0"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "android": (("X-Mailer", "Outlook-Android/2.0"),),
}
QUOTING = frozenset(STYLES) - {"none", "none_html"}


def reply_msgid(s: Spec) -> str:
    host = s.addr.split("@")[1]
    if s.style in {"gmail", "gmail_plain", "pdf", "inline"} and host == "gmail.com":
        return f"<CAH{token(s.key, 'mid', 40)}@mail.gmail.com>"
    return f"<{token(s.key, 'mid', 24)}.{token(s.key, 'mid2', 6)}@{host}>"


def reply_subject(s: Spec) -> str:
    if s.subject:
        return s.subject
    return REPLY_PREFIX[s.lang] + latin_safe(reminder_subject(s), s.charset)


def build_reply(s: Spec) -> Message:
    msg = STYLES[s.style](s)
    hcs = "utf-8" if s.charset == "utf-8" else s.charset
    msg["From"] = formataddr((s.name, s.addr), charset=hcs)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = enc_header(reply_subject(s), hcs)
    msg["Date"] = format_datetime(s.dt)
    msg["Message-ID"] = reply_msgid(s)
    if s.style in QUOTING:
        msg["In-Reply-To"] = reminder_msgid(s)
        msg["References"] = reminder_msgid(s)
    if s.style.startswith("outlook") or s.style == "html_only":
        msg["Thread-Topic"] = enc_header(reminder_subject(s), hcs)
        msg["Thread-Index"] = base64.b64encode(digest(s.key, "ti")[:22]).decode("ascii")
    for name, value in (*CLIENT_HEADERS.get(s.style, ()), *s.headers):
        msg[name] = value
    return msg


# --------------------------------------------------------------------------------------------
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


def original_reminder(s: Spec) -> Message:
    rcpt = s.extra.get("failed_recipient", "")
    msg = text_part(
        REMINDER_BODY[s.qlang].format(inv=s.inv, owed=s.owed),
        subtype="plain",
        charset="utf-8",
        cte="qp",
    )
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rcpt
    msg["Subject"] = enc_header(reminder_subject(s), "utf-8")
    msg["Date"] = format_datetime(reminder_time(s))
    msg["Message-ID"] = reminder_msgid(s)
    return msg


def delivery_status(s: Spec, *, mta: str, action: str, diagnostic: str) -> Message:
    rcpt = s.extra.get("failed_recipient", "")
    status = s.extra.get("bounce_status", "")
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(reminder_time(s))}\n"
    lines = [
        f"Final-Recipient: rfc822; {rcpt}",
        f"Action: {action}",
        f"Status: {status}",
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(s.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(s.dt + timedelta(days=4))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_bytes(b.encode()) for b in (per_message, "\n".join(lines) + "\n")])
    return ds


def headers_only(s: Spec) -> Message:
    orig = original_reminder(s)
    text = "".join(f"{k}: {v}\n" for k, v in orig.items() if not k.startswith("Content-"))
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """How a bounce's report is put together; the human text is Spec.text."""

    mta: str
    action: str
    diagnostic: str
    returned: str = "message"
    html: bool = False


def bounce_report(s: Spec, d: Dsn) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    human = style_none_html(s) if d.html else style_none(s)
    outer.attach(human)
    outer.attach(delivery_status(s, mta=d.mta, action=d.action, diagnostic=d.diagnostic))
    if d.returned == "message":
        outer.attach(MIMEMessage(original_reminder(s)))
    else:
        outer.attach(headers_only(s))
    return outer


def bounce_plain(s: Spec, with_original: bool) -> Message:
    if not with_original:
        return style_none(s)
    mixed = MIMEMultipart("mixed")
    mixed.attach(style_none(s))
    mixed.attach(MIMEMessage(original_reminder(s)))
    return mixed


def build_bounce(s: Spec) -> Message:
    dsn = DSNS.get(s.key)
    msg = bounce_report(s, dsn) if dsn else bounce_plain(s, s.style == "bounce_mixed")
    msg["From"] = s.name if "@" in s.name else formataddr((s.name, s.addr))
    msg["To"] = AR_ADDR
    msg["Subject"] = enc_header(s.subject, "utf-8")
    msg["Date"] = format_datetime(s.dt)
    msg["Message-ID"] = f"<{token(s.key, 'bounce', 20).lower()}@{s.addr.split('@')[1]}>"
    for name, value in s.headers:
        msg[name] = value
    return msg


# --------------------------------------------------------------------------------------------
# Finishing: deterministic boundaries, header order, serialisation
# --------------------------------------------------------------------------------------------


def fix_boundaries(msg: Message, key: str) -> None:
    for n, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{n}_{token(key, f'b{n}', 12)}")


def content_last(msg: Message) -> None:
    moved = [
        (k, v) for k, v in msg.items() if k.lower() in {"content-type", "content-transfer-encoding"}
    ]
    for k, _ in moved:
        del msg[k]
    msg["MIME-Version"] = "1.0"
    for k, v in moved:
        msg[k] = v


def strip_versions(msg: Message) -> None:
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]


def render(s: Spec) -> bytes:
    msg = build_bounce(s) if s.intent == "bounce" else build_reply(s)
    del msg["MIME-Version"]
    strip_versions(msg)
    content_last(msg)
    fix_boundaries(msg, s.key)
    return msg.as_bytes()


# --------------------------------------------------------------------------------------------
# The messages (English)
# --------------------------------------------------------------------------------------------

EN: tuple[Spec, ...] = (
    Spec(
        key="ps-en-xero",
        lang="en",
        intent="payment_sent",
        when="2027-06-10 14:02 +0100",
        name="Harlow Vale Leisure Trust",
        addr="messaging-service@post.xero.example",
        style="none_html",
        subject="Payment advice from Harlow Vale Leisure Trust",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Xero-Notification", "remittance")),
        text="Payment advice\n\nHarlow Vale Leisure Trust has made a payment to Brightwell Pool & Spa Services.\n\nPayment date: 10 Jun 2027\nAmount paid: GBP 3,418.75\nReference: HVLT-PR-0610\n\nInvoice BPS/41902   GBP 2,206.25\nInvoice BPS/41955   GBP 1,212.50\n\nThis remittance was sent using Xero. Please do not reply to this email.",
        extra=Extra(
            paid_date="2027-06-10",
            payment_reference="HVLT-PR-0610",
            amount="3418.75",
            currency="GBP",
        ),
        refs=("BPS/41902", "BPS/41955"),
        note="AP-system remittance advice with Auto-Submitted: auto-generated; still a payment, not an auto-reply",
    ),
    Spec(
        key="ps-en-oneword",
        lang="en",
        intent="payment_sent",
        when="2027-06-15 19:47 +0100",
        name="Dan Whitcombe",
        addr="dan.whitcombe@gmail.com",
        style="iphone",
        inv="42018",
        owed="£312.00",
        text="Paid.",
        note="one word; no date given",
    ),
    Spec(
        key="ps-en-ramble",
        lang="en",
        intent="payment_sent",
        when="2027-06-15 21:12 +0100",
        name="Felicity Pemberton",
        addr="fliss.pemberton@pembertonhouse.example",
        style="gmail",
        inv="41877",
        owed="£485.00",
        text="Hello there,\n\nSorry, this is going to be a long one. First of all the pool has never looked better since Kieran started coming on Tuesdays, so please pass that on. The heater is still making that ticking noise when it first comes on but honestly I've stopped noticing. We had the grandchildren over for half term and the little one dropped a toy car down the skimmer, which Kieran fished out, so thank him for that too.\n\nWe also wondered whether the cover could be looked at before August because one of the straps has frayed, but there's no rush.\n\nAnyway, the reason I'm writing: Tom transferred the £485.00 on Friday from our joint account, the reference he used was PEMBERTON POOL. He's useless with these things so if it hasn't turned up let me know and I'll chase the bank.\n\nAll the best,\nFliss",
        extra=Extra(
            paid_date="2027-06-11",
            payment_reference="PEMBERTON POOL",
            amount="485.00",
            currency="GBP",
        ),
        note="payment buried in a long chatty reply; 'on Friday' is the Friday before Tue 15 Jun",
    ),
    Spec(
        key="pp-en-bursar",
        lang="en",
        intent="promise_to_pay",
        when="2027-06-16 11:20 +0100",
        name="Graham Okafor",
        addr="bursary@stcuthbertsschool.example",
        style="outlook",
        inv="42210",
        owed="£2,940.00",
        text="Good morning,\n\nApologies for the delay. BPS/42210 has been signed off by the Head and will go out in Friday's payment run.\n\nRegards\n\nGraham Okafor\nAssistant Bursar\nSt Cuthbert's School\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. St Cuthbert's School is a registered charity.",
        extra=Extra(promised_date="2027-06-18"),
        refs=("BPS/42210",),
        note="'Friday's payment run' after Wed 16 Jun",
    ),
    Spec(
        key="pp-en-scheduled",
        lang="en",
        intent="promise_to_pay",
        when="2027-06-22 09:05 +0100",
        name="Rosie Langford",
        addr="rosie@langfordlets.example",
        style="thunderbird",
        inv="42355",
        owed="£740.00",
        text="Hi,\n\nPayment has been set up and is scheduled to leave our account on the 30th.\n\nRosie\nLangford Holiday Lets",
        extra=Extra(promised_date="2027-06-30"),
        note="past-tense 'has been set up' announces a future payment",
    ),
    Spec(
        key="pp-en-grant",
        lang="en",
        intent="promise_to_pay",
        when="2027-06-09 16:40 +0100",
        name="Alan Tremayne",
        addr="treasurer@polwithencommunitypool.example",
        style="outlook_html",
        inv="41990",
        owed="£1,875.00",
        text='Dear Brightwell,\n\nThe committee has approved your invoice and we will pay it in full as soon as the Parish Council grant comes through. We were told to expect it "shortly", which in council terms could mean anything.\n\nKind regards,\nAlan Tremayne\nHon. Treasurer, Polwithen Community Pool',
        note="conditional on an event with no date: promise without a date",
    ),
    Spec(
        key="dp-en-notfitted",
        lang="en",
        intent="dispute",
        when="2027-06-08 10:31 +0100",
        name="Marcus Hale",
        addr="m.hale@thecliffhotel.example",
        style="outlook_html",
        inv="41864",
        owed="£1,146.00",
        text="Hello,\n\nWe have NOT paid this because the replacement pump you have invoiced was never fitted. Your engineer came on 19 May, told us the part was on back order, and we have heard nothing since. The old pump is still limping along.\n\nPlease cancel the invoice or send someone to do the job.\n\nMarcus Hale\nGeneral Manager | The Cliff Hotel",
        refs=(),
        note="negated payment; service not done",
    ),
    Spec(
        key="dp-en-mixed",
        lang="en",
        intent="dispute",
        when="2027-06-23 13:15 +0100",
        name="Priya Shah",
        addr="priya.shah@meadowbankholidays.example",
        style="gmail",
        inv="42131",
        owed="£660.00",
        text="Hi,\n\nBPS/42077 was paid on the 4th (our ref FT2706041). BPS/42131 though is for six weekly cleans in May and your team came four times – I have the gate log. Please credit two visits and I'll pay the corrected amount straight away.\n\nThanks,\nPriya",
        refs=("BPS/42077", "BPS/42131"),
        note="payment of one invoice plus a quantity dispute on the reminded one: dispute wins; the other invoice's payment is not labelled",
    ),
    Spec(
        key="dp-en-typos",
        lang="en",
        intent="dispute",
        when="2027-06-29 07:58 +0100",
        name="Kev Dunmore",
        addr="kev@dunmorecaravans.example",
        style="android",
        inv="42402",
        owed="£539.94",
        text="this is the thrid reminder for an invoice i already told you is wrong. the chlorine tabs were charged at 89.99 a tub, your quote said 59.99. fix it and we'll pay it, not before",
        note="irritated, typos; wrong price, 'won't pay until fixed'",
    ),
    Spec(
        key="pl-en-three",
        lang="en",
        intent="payment_plan",
        when="2027-06-11 20:22 +0100",
        name="Sophie Marchetti",
        addr="sophie.marchetti@gmail.com",
        style="iphone",
        inv="42040",
        owed="£1,260.00",
        text="Hi, we've had three cancellations at the villa this month and money is really tight. Could we split the £1,260 into three monthly payments starting in July? Really sorry. Sophie",
        note="hardship and three instalments",
    ),
    Spec(
        key="pl-en-weekortwo",
        lang="en",
        intent="payment_plan",
        when="2027-06-24 12:03 +0100",
        name="Owen Pritchard",
        addr="owen@pritchardsgolfandleisure.example",
        style="outlook",
        inv="42288",
        owed="£2,115.40",
        text="Hi,\n\nCould you give us a week or two more on this one? Takings have been poor with the weather and I'd rather pay it in one go than in dribs and drabs.\n\nCheers\nOwen",
        note="asks for more time without committing to a day: payment_plan",
    ),
    Spec(
        key="pl-en-half",
        lang="en",
        intent="payment_plan",
        when="2027-07-01 10:44 +0100",
        name="Helen Ashworth",
        addr="finance@ashworthprep.example",
        style="outlook_html",
        inv="42498",
        owed="£4,380.00",
        text="Dear Accounts team,\n\nOur budget year closes on 31 August and the pool refurbishment has taken us over. Would Brightwell accept half of BPS/42498 now and the balance in September? I can confirm by return if that works.\n\nWith thanks,\nHelen Ashworth\nFinance Manager",
        refs=("BPS/42498",),
        note="part payment now, rest later: plan",
    ),
    Spec(
        key="ir-en-didntwe",
        lang="en",
        intent="invoice_request",
        when="2027-06-14 09:37 +0100",
        name="Janet Colley",
        addr="janet.colley@riversidelodges.example",
        style="outlook",
        inv="42002",
        owed="£398.00",
        text="Didn't we pay this already? Can you send me a statement for our account so I can check it against our ledger.\n\nJanet",
        note="question about payment, asks for a statement: invoice_request, not payment_sent",
    ),
    Spec(
        key="ir-en-insurer",
        lang="en",
        intent="invoice_request",
        when="2027-06-17 15:26 +0100",
        name="Claims Team – Northgate Home Insurance",
        addr="claims.property@northgateinsurance.example",
        style="outlook_html",
        inv="42166",
        owed="£1,912.80",
        text="Dear Sir/Madam,\n\nWe act for your customer Mr D Bellamy in respect of the pool pump failure at his property (our claim ref NHI-CLM-558102). Before we can settle BPS/42166 we need an itemised copy of the invoice, the engineer's report and the serial number of the failed pump.\n\nYours faithfully,\n\nProperty Claims Team\nNorthgate Home Insurance\n\nNorthgate Home Insurance is a trading name of Northgate Underwriting Ltd. This message is confidential.",
        refs=("BPS/42166",),
        note="insurer needs documents before paying",
    ),
    Spec(
        key="ir-en-po",
        lang="en",
        intent="invoice_request",
        when="2027-06-25 11:48 +0100",
        name="Accounts Payable",
        addr="ap@harbourviewhotel.example",
        style="gmail_plain",
        inv="42310",
        owed="£826.50",
        text="Hello,\n\nWe have no record of receiving this invoice. Please resend it as a PDF and add our PO number 77814, otherwise our system rejects it.\n\nAccounts Payable\nHarbourview Hotel",
        note="never received, resend with PO; not contested",
    ),
    Spec(
        key="wc-en-agency",
        lang="en",
        intent="wrong_contact",
        when="2027-06-08 14:09 +0100",
        name="Beacon Lettings",
        addr="lettings@beaconlettings.example",
        style="outlook",
        inv="41850",
        owed="£620.00",
        text="Hi,\n\nWe stopped managing 14 Seaview Road at the end of April when the owner took it back. Please contact her directly: Mrs Alison Drake, alison.drake@drakefamily.example.\n\nKind regards\nBeacon Lettings",
        extra=Extra(new_contact="alison.drake@drakefamily.example"),
    ),
    Spec(
        key="wc-en-unmonitored",
        lang="en",
        intent="wrong_contact",
        when="2027-06-21 06:00 +0100",
        name="Oakley Park Leisure Centre",
        addr="finance@oakleyparkleisure.example",
        style="none",
        subject="Automatic reply: Overdue invoice BPS/42240 – Brightwell Pool & Spa",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        text="This mailbox is no longer monitored.\n\nSupplier invoices and statements should now be sent to purchase.ledger@oakleyparkleisure.example. Messages sent to this address will not be read.",
        extra=Extra(new_contact="purchase.ledger@oakleyparkleisure.example"),
        note="automatic 'no longer monitored' notice naming a new address: wrong_contact",
    ),
    Spec(
        key="wc-en-redirect",
        lang="en",
        intent="wrong_contact",
        when="2027-06-28 08:14 +0100",
        name="Kingsmere Hotel Accounts",
        addr="accounts@kingsmerehotel.example",
        style="gmail",
        inv="42371",
        owed="£1,530.00",
        text="Dear Supplier,\n\nPlease update your records urgently. With immediate effect all invoices, statements and remittance correspondence must be sent to kingsmere.accounts.dept@gmail.com as our current mailbox is being decommissioned. Do not reply to this address.\n\nRegards\nAccounts Department",
        extra=Extra(new_contact="kingsmere.accounts.dept@gmail.com"),
        note="phishing-like request to redirect mail to a free-mail address; labelled as what it asks (wrong_contact), verification is the collector's job",
    ),
    Spec(
        key="un-en-solicitor",
        lang="en",
        intent="unsubscribe",
        when="2027-06-10 17:33 +0100",
        name="Richard Bowes",
        addr="richard.bowes@bowesestate.example",
        style="outlook",
        inv="41930",
        owed="£2,480.00",
        text="Stop emailing me. This matter is with my solicitors, Harcourt & Webb LLP, and any further correspondence goes through them.\n\nR. Bowes",
        note="'talk to our lawyer': unsubscribe",
    ),
    Spec(
        key="un-en-post",
        lang="en",
        intent="unsubscribe",
        when="2027-06-18 10:02 +0100",
        name="Margaret Ellery",
        addr="m.ellery@btinternet.example",
        style="outlook",
        inv="42190",
        owed="£215.00",
        text="I do not deal with bills by email. Please write to me at the address you have on file and take this address off your list.\n\nMrs M. Ellery",
        note="post only",
    ),
    Spec(
        key="un-en-word",
        lang="en",
        intent="unsubscribe",
        when="2027-07-02 22:51 +0100",
        name="J Farrant",
        addr="jfarrant77@gmail.com",
        style="gmail_plain",
        inv="42521",
        owed="£145.00",
        text="unsubscribe",
    ),
    Spec(
        key="ar-en-ooo",
        lang="en",
        intent="auto_reply",
        when="2027-06-11 08:30 +0100",
        name="Lucy Barraclough",
        addr="lucy.barraclough@greenacreleisure.example",
        style="none",
        subject="Automatic reply: Overdue invoice BPS/42061 – Brightwell Pool & Spa",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        text="Thank you for your email. I am out of the office until Monday 21 June with limited access to email. For anything urgent please call the centre on 01632 960 118.\n\nLucy",
        extra=Extra(return_date="2027-06-21"),
    ),
    Spec(
        key="ar-en-ticket",
        lang="en",
        intent="auto_reply",
        when="2027-06-16 07:12 +0100",
        name="Seabreeze Resorts Finance Helpdesk",
        addr="support@seabreezeresorts.example",
        style="none",
        subject="[SR-55812] RE: Overdue invoice BPS/42147 – Brightwell Pool & Spa",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Ticket-ID", "SR-55812")),
        text="Your request has been received and a ticket has been opened (reference SR-55812).\n\nA member of our finance team will respond within five working days. Please keep the reference in the subject line of any reply.\n\nSeabreeze Resorts Finance Shared Services",
        note="ticket acknowledgement",
    ),
    Spec(
        key="ar-en-noheader",
        lang="en",
        intent="auto_reply",
        when="2027-06-30 18:45 +0100",
        name="Nigel Carstairs",
        addr="nigel@carstairsfarmcottages.example",
        style="none",
        subject="Away: Overdue invoice BPS/42460 – Brightwell Pool & Spa",
        text="Hello, I'm away on holiday and back on 5 July. Emails will be dealt with on my return.\n\nNigel Carstairs\nCarstairs Farm Cottages",
        extra=Extra(return_date="2027-07-05"),
        note="auto-reply without Auto-Submitted",
    ),
    Spec(
        key="ot-en-oooperson",
        lang="en",
        intent="other",
        when="2027-06-14 13:20 +0100",
        name="Tessa Morland",
        addr="tessa.morland@gmail.com",
        style="gmail",
        inv="42011",
        owed="£88.00",
        subject="Out of office – re your reminder",
        text="Hi – I'm out of office this week so ignore my subject line, I'm typing on the train. Can you ask whoever does our clean on Thursday that the side gate code has changed to 4471? Thanks, Tessa",
        note="a person writing, subject says 'out of office'; a service message, nothing about paying",
    ),
    Spec(
        key="ot-en-winter",
        lang="en",
        intent="other",
        when="2027-06-22 19:10 +0100",
        name="Bernard Pike",
        addr="bernard.pike@pikehouse.example",
        style="apple",
        inv="42330",
        owed="£260.00",
        text="Who do I need to speak to about stopping the weekly cleaning contract over the winter? We won't be using the pool from October.\n\nBernard",
        note="question about pausing a service, not a request to stop e-mails",
    ),
    Spec(
        key="ot-en-noted",
        lang="en",
        intent="other",
        when="2027-07-01 08:02 +0100",
        name="Carol Jenner",
        addr="carol@jennerbandb.example",
        style="iphone",
        inv="42477",
        owed="£176.00",
        text="Thanks, noted.",
        note="acknowledgement with no commitment",
    ),
)

# --------------------------------------------------------------------------------------------
# Bounces (all languages)
# --------------------------------------------------------------------------------------------

BOUNCES: tuple[Spec, ...] = (
    Spec(
        key="bo-en-postfix",
        gap_minutes=1,
        lang="en",
        intent="bounce",
        when="2027-06-08 07:41 +0100",
        name="Mail Delivery System",
        addr="MAILER-DAEMON@mail.brightwell-pools.example",
        style="bounce",
        inv="41861",
        owed="£290.00",
        subject="Undelivered Mail Returned to Sender",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="This is the mail system at host mail.brightwell-pools.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<accounts@westbrookswimschool.example>: host mx.westbrookswimschool.example[198.51.100.23]\n    said: 550 5.1.1 <accounts@westbrookswimschool.example>... User unknown\n    (in reply to RCPT TO command)",
        extra=Extra(
            bounce_kind="hard",
            failed_recipient="accounts@westbrookswimschool.example",
            bounce_status="5.1.1",
        ),
        note="Postfix RFC 3464 report with the returned message",
    ),
    Spec(
        key="bo-en-qmail",
        gap_minutes=1,
        lang="en",
        intent="bounce",
        when="2027-06-17 12:05 +0100",
        name="MAILER-DAEMON@mx2.lakesidepark.example",
        addr="MAILER-DAEMON@mx2.lakesidepark.example",
        style="bounce_plain",
        inv="42170",
        owed="£1,020.00",
        subject="failure notice",
        text="Hi. This is the qmail-send program at mx2.lakesidepark.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bookings@lakesidepark.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <accounts@brightwell-pools.example>\nSubject: Overdue invoice BPS/42170 - Brightwell Pool & Spa\n\nDear customer,\n\nAccording to our records, invoice BPS/42170 for GBP 1,020.00 is now overdue.",
        extra=Extra(
            bounce_kind="hard",
            failed_recipient="bookings@lakesidepark.example",
            bounce_status="5.1.1",
        ),
        note="qmail plain-text bounce, not RFC 3464",
    ),
    Spec(
        key="bo-en-sendmail",
        gap_minutes=240,
        lang="en",
        intent="bounce",
        when="2027-06-24 15:33 +0100",
        name="Mail Delivery Subsystem",
        addr="MAILER-DAEMON@relay.brightwell-pools.example",
        style="bounce",
        inv="42299",
        owed="£455.00",
        subject="Warning: could not send message for past 4 hours",
        headers=(("Auto-Submitted", "auto-generated"),),
        text="    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Thu, 24 Jun 2027 11:33:00 +0100\nfrom localhost [127.0.0.1]\n\n   ----- Transcript of session follows -----\n<office@sunnyvaleholidaypark.example>... Deferred: Connection timed out with mail.sunnyvaleholidaypark.example.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old",
        extra=Extra(
            bounce_kind="soft",
            failed_recipient="office@sunnyvaleholidaypark.example",
            bounce_status="4.4.7",
        ),
        note="sendmail delay warning (4.x.x): soft",
    ),
    Spec(
        key="bo-de-o365",
        gap_minutes=1,
        lang="de",
        intent="bounce",
        when="2027-06-09 10:12 +0200",
        name="Microsoft Outlook",
        addr="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightwell-pools.example",
        style="bounce",
        inv="41911",
        owed="1.780,00 €",
        subject="Unzustellbar: Zahlungserinnerung: Rechnung BPS/41911 ist überfällig",
        headers=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")),
        text="Ihre Nachricht an buchhaltung@hotel-seeblick-titisee.example konnte nicht zugestellt werden.\n\nDie E-Mail-Adresse wurde im Zielsystem nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr.\n\nSo beheben Sie das Problem: Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren E-Mail-Administrator.\n\nDiagnoseinformationen für Administratoren:\nGenerierender Server: AM9PR02MB7741.eurprd02.prod.outlook.example\nbuchhaltung@hotel-seeblick-titisee.example\nRemote-Server hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben",
        extra=Extra(
            bounce_kind="hard",
            failed_recipient="buchhaltung@hotel-seeblick-titisee.example",
            bounce_status="5.1.10",
        ),
        note="Office 365 NDR in German, HTML and text",
    ),
    Spec(
        key="bo-de-delay",
        gap_minutes=600,
        lang="de",
        intent="bounce",
        when="2027-06-25 18:20 +0200",
        name="Mail Delivery System",
        addr="postmaster@mailout.netzwelt-provider.example",
        style="bounce",
        inv="42305",
        owed="940,00 €",
        subject="Zustellung verzögert: Zahlungserinnerung: Rechnung BPS/42305 ist überfällig",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="Dies ist eine automatisch erstellte Benachrichtigung.\n\nIhre Nachricht an info@ferienpark-harzblick.example konnte bisher nicht zugestellt werden. Der Zielserver ist vorübergehend nicht erreichbar. Wir versuchen es weiterhin bis zu 5 Tage lang; Sie müssen die Nachricht nicht erneut senden.\n\nGrund: 451 4.4.1 Verbindung zum Zielserver mx.ferienpark-harzblick.example fehlgeschlagen",
        extra=Extra(
            bounce_kind="soft",
            failed_recipient="info@ferienpark-harzblick.example",
            bounce_status="4.4.1",
        ),
        note="German provider delay report with RFC 3464 headers only",
    ),
    Spec(
        key="bo-fr-isp",
        gap_minutes=2,
        lang="fr",
        intent="bounce",
        when="2027-06-14 09:58 +0200",
        name="Service de messagerie",
        addr="mailer-daemon@smtp.fibrenet-fr.example",
        style="bounce_mixed",
        inv="42006",
        owed="1 150,00 €",
        subject="Message non remis : Relance : facture BPS/42006 échue",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="Bonjour,\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n  contact@gite-les-tilleuls.example\n\nRaison : adresse inconnue (550 5.1.1 mailbox unavailable). Vérifiez l'orthographe de l'adresse. Cette erreur est définitive, aucune nouvelle tentative ne sera faite.\n\nVotre message d'origine est joint.\n\n-- \nLe service de messagerie",
        extra=Extra(
            bounce_kind="hard",
            failed_recipient="contact@gite-les-tilleuls.example",
            bounce_status="5.1.1",
        ),
        note="French provider notice in multipart/mixed, not RFC 3464",
    ),
    Spec(
        key="bo-fr-gateway",
        gap_minutes=30,
        lang="fr",
        intent="bounce",
        when="2027-06-29 11:41 +0200",
        name="Passerelle de sécurité ShieldMail",
        addr="quarantine@gw.shieldmail-securite.example",
        style="bounce_plain",
        inv="42420",
        owed="2 310,00 €",
        subject="Notification de retard de remise",
        headers=(("Auto-Submitted", "auto-generated"),),
        text="Passerelle ShieldMail – notification automatique\n\nLe message ci-dessous est en attente de remise :\n\n  Expéditeur : accounts@brightwell-pools.example\n  Destinataire : compta@camping-lesdunes.example\n  Objet : Relance : facture BPS/42420 échue\n\nLe serveur destinataire a répondu : 451 4.7.1 Greylisted, please try again later.\n\nDe nouvelles tentatives seront effectuées automatiquement pendant 48 heures. Aucune action n'est requise de votre part.",
        extra=Extra(
            bounce_kind="soft",
            failed_recipient="compta@camping-lesdunes.example",
            bounce_status="4.7.1",
        ),
        note="security gateway deferral (greylisting)",
    ),
    Spec(
        key="bo-es-gmail",
        gap_minutes=1,
        lang="es",
        intent="bounce",
        when="2027-06-10 13:27 +0200",
        name="Mail Delivery Subsystem",
        addr="mailer-daemon@googlemail.com",
        style="bounce",
        inv="41940",
        owed="860,00 €",
        subject="Delivery Status Notification (Failure)",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="** No se ha encontrado la dirección **\n\nTu mensaje no se ha entregado a villa.lasbuganvillas@gmail.com porque no se ha encontrado la dirección o esta no puede recibir correo.\n\nLa respuesta del servidor remoto ha sido:\n550 5.1.1 The email account that you tried to reach does not exist.",
        extra=Extra(
            bounce_kind="hard",
            failed_recipient="villa.lasbuganvillas@gmail.com",
            bounce_status="5.1.1",
        ),
        note="Gmail bounce in Spanish",
    ),
    Spec(
        key="bo-es-delay",
        gap_minutes=1440,
        lang="es",
        intent="bounce",
        when="2027-06-30 08:16 +0200",
        name="Sistema de entrega de correo",
        addr="MAILER-DAEMON@correo.redmar-isp.example",
        style="bounce",
        inv="42444",
        owed="1.395,00 €",
        subject="Aviso: entrega retrasada",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="Este es un aviso automático del servidor correo.redmar-isp.example.\n\nSu mensaje para administracion@aparthotelmarazul.example todavía no se ha podido entregar. El servidor de destino no responde y seguiremos intentándolo durante los próximos días. No es necesario que vuelva a enviarlo.\n\nDetalle: 421 4.4.2 conexión perdida con mx.aparthotelmarazul.example",
        extra=Extra(
            bounce_kind="soft",
            failed_recipient="administracion@aparthotelmarazul.example",
            bounce_status="4.4.2",
        ),
        note="Postfix-style delay report with a Spanish text",
    ),
    Spec(
        key="bo-nl-isp",
        gap_minutes=1,
        lang="nl",
        intent="bounce",
        when="2027-06-16 16:04 +0200",
        name="Postmaster Polderweb",
        addr="postmaster@mail.polderweb.example",
        style="bounce_plain",
        inv="42150",
        owed="€ 615,00",
        subject="Onbezorgbaar bericht: Herinnering: factuur BPS/42150 is vervallen",
        text="Beste afzender,\n\nUw bericht kon niet worden afgeleverd bij:\n\n    fam.dekker@polderweb.example\n\nDe mailbox van deze ontvanger is opgeheven (550 5.2.1 mailbox disabled). Het bericht is niet bezorgd en wordt niet opnieuw verstuurd.\n\nMet vriendelijke groet,\nPolderweb Klantenservice",
        extra=Extra(
            bounce_kind="hard",
            failed_recipient="fam.dekker@polderweb.example",
            bounce_status="5.2.1",
        ),
        note="Dutch ISP notice, plain text, no Auto-Submitted",
    ),
    Spec(
        key="bo-it-o365",
        gap_minutes=180,
        lang="it",
        intent="bounce",
        when="2027-06-21 09:50 +0200",
        name="Microsoft Outlook",
        addr="postmaster@brightwell-pools.example",
        style="bounce",
        inv="42233",
        owed="€ 1.240,00",
        subject="Recapito ritardato: Sollecito di pagamento – fattura BPS/42233",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="Il recapito è in ritardo per questi destinatari o gruppi:\n\namministrazione@hotelbelvedere-garda.example\n\nOggetto: Sollecito di pagamento – fattura BPS/42233\n\nQuesto messaggio non è stato ancora recapitato. Continueremo a tentare il recapito.\n\nIl server continuerà a tentare il recapito del messaggio per altre 47 ore. Si riceverà una notifica nel caso non sia possibile recapitare il messaggio entro tale periodo.",
        extra=Extra(
            bounce_kind="soft",
            failed_recipient="amministrazione@hotelbelvedere-garda.example",
            bounce_status="4.4.7",
        ),
        note="Exchange delay notice in Italian",
    ),
    Spec(
        key="bo-it-exim",
        gap_minutes=60,
        lang="it",
        intent="bounce",
        when="2027-07-02 07:22 +0200",
        name="Mail Delivery System",
        addr="Mailer-Daemon@smtp.tiscalinet-mail.example",
        style="bounce_plain",
        inv="42530",
        owed="€ 380,00",
        subject="Mail delivery failed: casella piena",
        headers=(
            ("Auto-Submitted", "auto-replied"),
            ("X-Failed-Recipients", "casa.ulivi@tiscalinet-mail.example"),
        ),
        text="Questo messaggio è stato generato automaticamente dal sistema di posta.\n\nIl messaggio non è stato consegnato perché la casella del destinatario è piena. Verrà ritentata la consegna; se la casella resta piena il messaggio sarà restituito.\n\n  casa.ulivi@tiscalinet-mail.example\n    452 4.2.2 Mailbox full - casella piena",
        extra=Extra(
            bounce_kind="soft",
            failed_recipient="casa.ulivi@tiscalinet-mail.example",
            bounce_status="4.2.2",
        ),
        note="Exim-style notice in Italian, mailbox full with a 4.x.x code",
    ),
)

DSNS: dict[str, Dsn] = {
    "bo-en-postfix": Dsn(
        mta="mail.brightwell-pools.example",
        action="failed",
        diagnostic="550 5.1.1 <accounts@westbrookswimschool.example>... User unknown",
    ),
    "bo-en-sendmail": Dsn(
        mta="relay.brightwell-pools.example",
        action="delayed",
        diagnostic="451 4.4.7 Connection timed out",
        returned="headers",
    ),
    "bo-de-o365": Dsn(
        mta="AM9PR02MB7741.eurprd02.prod.outlook.example",
        action="failed",
        diagnostic="550 5.1.10 RESOLVER.ADR.RecipientNotFound",
        html=True,
    ),
    "bo-de-delay": Dsn(
        mta="mailout.netzwelt-provider.example",
        action="delayed",
        diagnostic="451 4.4.1 connection refused",
        returned="headers",
    ),
    "bo-es-gmail": Dsn(
        mta="googlemail.com",
        action="failed",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist",
        html=True,
    ),
    "bo-es-delay": Dsn(
        mta="correo.redmar-isp.example",
        action="delayed",
        diagnostic="421 4.4.2 lost connection",
        returned="headers",
    ),
    "bo-it-o365": Dsn(
        mta="DB8PR09MB3302.eurprd09.prod.outlook.example",
        action="delayed",
        diagnostic="400 4.4.7 Message delayed",
        html=True,
    ),
}

# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

DE: tuple[Spec, ...] = (
    Spec(
        key="ps-de-avis",
        lang="de",
        intent="payment_sent",
        when="2027-06-14 06:15 +0200",
        name="Kreditorenbuchhaltung Parkhotel Alpenrose",
        addr="zahlungsavis@parkhotel-alpenrose.example",
        style="none",
        subject="Zahlungsavis Nr. 2027-0614-0093",
        charset="iso-8859-1",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")),
        text="Sehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie angewiesen:\n\nZahlungsbetrag: 1.874,30 EUR\nValuta: 14.06.2027\nVerwendungszweck: Avis 2027-0614-0093\n\nBeleg           Betrag\nBPS/43016       1.874,30\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        extra=Extra(
            paid_date="2027-06-14",
            payment_reference="2027-0614-0093",
            amount="1874.30",
            currency="EUR",
        ),
        refs=("BPS/43016",),
        note="SAP payment advice with Auto-Submitted: auto-generated",
    ),
    Spec(
        key="pp-de-kw26",
        lang="de",
        intent="promise_to_pay",
        when="2027-06-17 11:02 +0200",
        name="Sabine Wehrle",
        addr="s.wehrle@wellnesshotel-wehrle.example",
        style="outlook",
        inv="43088",
        owed="2.615,00 €",
        charset="windows-1252",
        cte="qp",
        text="Guten Tag,\n\ndie Rechnung ist freigegeben, die Überweisung geht in KW 26 raus.\n\nMit freundlichen Grüßen\nSabine Wehrle\nBuchhaltung\n\nWellnesshotel Wehrle GmbH · Amtsgericht Freiburg HRB 70811 · Geschäftsführer: Tobias Wehrle",
        extra=Extra(promised_date="2027-06-28"),
        note="'KW 26' is 28 Jun – 4 Jul 2027; a week resolves to its Monday, as 'next week' does",
    ),
    Spec(
        key="pp-de-ferien",
        lang="de",
        intent="promise_to_pay",
        when="2027-06-23 14:40 +0200",
        name="Dr. Henrike Baumgart",
        addr="verwaltung@internat-schlossberg.example",
        style="outlook_html",
        inv="43140",
        owed="3.480,00 €",
        text="Sehr geehrte Damen und Herren,\n\nunsere Verwaltung ist ab Freitag in den Sommerferien. Die Rechnung BPS/43140 ist geprüft und wird nach den Sommerferien vollständig beglichen.\n\nMit freundlichen Grüßen\nDr. Henrike Baumgart\nVerwaltungsleitung Internat Schloss Berg",
        refs=("BPS/43140",),
        note="'nach den Sommerferien' depends on the state's holidays and the school: promise without a date",
    ),
    Spec(
        key="dp-de-plane",
        lang="de",
        intent="dispute",
        when="2027-06-10 09:25 +0200",
        name="Jürgen Albrecht",
        addr="juergen.albrecht@t-online.example",
        style="gmail",
        inv="42987",
        owed="410,00 €",
        text="Hallo,\n\ndie Rechnung zahle ich so nicht. Beim Abdecken im Mai hat Ihr Mitarbeiter die Winterabdeckplane eingerissen, ein Riss von gut 40 cm. Ich erwarte, dass die Plane ersetzt oder der Schaden mit der Rechnung verrechnet wird.\n\nGruß\nJ. Albrecht",
        note="damaged property, set-off demanded",
    ),
    Spec(
        key="dp-de-doppelt",
        lang="de",
        intent="dispute",
        when="2027-06-29 10:50 +0200",
        name="Melanie Kruse",
        addr="m.kruse@campingplatz-ostseewind.example",
        style="thunderbird",
        inv="43120",
        owed="1.096,50 €",
        text="Moin,\n\nBPS/43120 ist identisch mit BPS/43087 (gleiche Leistung, gleicher Betrag), und die haben wir am 28.05. bezahlt. Da ist wohl doppelt berechnet worden. Bitte stornieren.\n\nViele Grüße\nMelanie Kruse\nCampingplatz Ostseewind",
        refs=("BPS/43120", "BPS/43087"),
        note="duplicate of an invoice already paid: dispute, the old payment date is not labelled",
    ),
    Spec(
        key="pl-de-raten",
        lang="de",
        intent="payment_plan",
        when="2027-06-08 20:13 +0200",
        name="Familie Brandstetter",
        addr="brandstetter.familie@web.example",
        style="iphone",
        inv="42950",
        owed="1.650,00 €",
        text="Hallo, die Pumpenreparatur hat uns ehrlich gesagt kalt erwischt. Wäre es möglich, den Betrag in drei Monatsraten zu zahlen? Die erste könnten wir sofort überweisen. Danke und Gruß, Petra Brandstetter",
    ),
    Spec(
        key="pl-de-aufschub",
        lang="de",
        intent="payment_plan",
        when="2027-06-21 16:05 +0200",
        name="Ralf Ortmann",
        addr="r.ortmann@ferienwohnungen-ortmann.example",
        style="outlook",
        inv="43061",
        owed="725,00 €",
        charset="iso-8859-1",
        text="Hallo zusammen,\n\nich bitte um Zahlungsaufschub bis Ende Juli. Die Buchungen für Juni sind eingebrochen, erst im Juli kommt wieder Geld rein.\n\nGruß\nRalf Ortmann",
        note="asks for more time until a date: payment_plan, the date is not a promise",
    ),
    Spec(
        key="ir-de-bestellnr",
        lang="de",
        intent="invoice_request",
        when="2027-06-11 08:48 +0200",
        name="Kreditorenbuchhaltung Stadtwerke Lindenau",
        addr="kreditoren@stadtwerke-lindenau.example",
        style="outlook_html",
        inv="43002",
        owed="5.940,00 €",
        text="Sehr geehrte Damen und Herren,\n\nRechnungen an das Freizeitbad Lindenau können wir nur mit einer gültigen Bestellnummer buchen. Bitte senden Sie die Rechnung BPS/43002 mit der Bestellnummer 4500187622 erneut an diese Adresse.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung\nStadtwerke Lindenau GmbH\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
        refs=("BPS/43002",),
        note="municipal leisure centre needs a PO number on the invoice",
    ),
    Spec(
        key="ir-de-iban",
        lang="de",
        intent="invoice_request",
        when="2027-06-25 13:30 +0200",
        name="Andrea Voss",
        addr="andrea.voss@gmx.example",
        style="android",
        inv="43111",
        owed="298,00 €",
        text="Hallo, auf der Rechnung ist die IBAN abgeschnitten, ich kann sie nicht lesen. Können Sie mir Ihre Bankverbindung schicken? Dann überweise ich.",
        note="asks for bank details before paying; no date given",
    ),
    Spec(
        key="wc-de-hv",
        lang="de",
        intent="wrong_contact",
        when="2027-06-15 10:37 +0200",
        name="Thomas Reichel",
        addr="t.reichel@reichel-immobilien.example",
        style="outlook",
        inv="43030",
        owed="880,00 €",
        charset="iso-8859-1",
        text="Guten Tag,\n\nfür die Wohnanlage Sonnenhang bin ich seit dem 1. Juni nicht mehr zuständig. Bitte wenden Sie sich an die neue Hausverwaltung: Buchhaltung@HV-Sonnenhang.example\n\nFreundliche Grüße\nThomas Reichel",
        extra=Extra(new_contact="buchhaltung@hv-sonnenhang.example"),
        note="address written in mixed case, labelled in lower case",
    ),
    Spec(
        key="un-de-post",
        lang="de",
        intent="unsubscribe",
        when="2027-06-09 17:55 +0200",
        name="Heinz-Dieter Lambrecht",
        addr="hd.lambrecht@lambrecht-villa.example",
        style="outlook",
        inv="42975",
        owed="1.120,00 €",
        charset="iso-8859-1",
        text="Bitte nehmen Sie diese E-Mail-Adresse aus Ihrem Verteiler. Geschäftliche Post bitte ausschließlich per Brief an meine Anschrift.\n\nH.-D. Lambrecht",
        note="post only",
    ),
    Spec(
        key="un-de-anwalt",
        lang="de",
        intent="unsubscribe",
        when="2027-06-30 12:12 +0200",
        name="Carina Steinmetz",
        addr="c.steinmetz@aquafit-steinmetz.example",
        style="outlook_html",
        inv="43177",
        owed="2.050,00 €",
        text="Sehr geehrte Damen und Herren,\n\ndie Angelegenheit liegt bei unserem Rechtsanwalt, Herrn RA Dr. Kessler, Kanzlei Kessler & Partner. Wir bitten Sie, künftig ausschließlich mit ihm zu korrespondieren und uns keine weiteren Erinnerungen zu schicken.\n\nMit freundlichen Grüßen\nCarina Steinmetz",
        note="lawyer and stop: unsubscribe, the lawyer is not a new_contact",
    ),
    Spec(
        key="ar-de-urlaub",
        lang="de",
        intent="auto_reply",
        when="2027-06-18 07:03 +0200",
        name="Monika Faller",
        addr="m.faller@hotel-faller-schwarzwald.example",
        style="none",
        subject="Automatische Antwort: Zahlungserinnerung: Rechnung BPS/43094 ist überfällig",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        text="Vielen Dank für Ihre Nachricht.\n\nIch bin im Urlaub und ab Montag, 5. Juli 2027, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie die Rezeption unter 07651 93120.\n\nMonika Faller\nBuchhaltung",
        extra=Extra(return_date="2027-07-05"),
        note="a colleague's phone number does not make it wrong_contact",
    ),
    Spec(
        key="ar-de-ticket",
        lang="de",
        intent="auto_reply",
        when="2027-06-28 09:31 +0200",
        name="Service-Center Thermenwelt",
        addr="service@thermenwelt-badwiesen.example",
        style="none",
        subject="[Ticket#2027062810000417] Ihre Anfrage ist bei uns eingegangen",
        headers=(("Precedence", "bulk"), ("X-Loop", "service@thermenwelt-badwiesen.example")),
        text="Guten Tag,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Ticketnummer 2027062810000417 erfasst und melden uns so schnell wie möglich.\n\nBitte ändern Sie den Betreff bei Rückfragen nicht.\n\nIhr Service-Center\nThermenwelt Bad Wiesen",
        note="ticket acknowledgement with Precedence: bulk and no Auto-Submitted",
    ),
    Spec(
        key="ot-de-angebot",
        lang="de",
        intent="other",
        when="2027-06-16 18:22 +0200",
        name="Klaus Wendler",
        addr="klaus.wendler@wendler-landhaus.example",
        style="apple",
        inv="43055",
        owed="340,00 €",
        text="Guten Abend,\n\nwas ist eigentlich mit dem Angebot für die neue Rollabdeckung? Darauf warte ich seit drei Wochen. Ich hätte das gern noch vor dem Urlaub entschieden.\n\nGruß\nKlaus Wendler",
        note="chasing a quote; nothing about the invoice",
    ),
    Spec(
        key="ot-de-verkauft",
        lang="de",
        intent="other",
        when="2027-07-01 15:48 +0200",
        name="Gisela Hartmann",
        addr="gisela.hartmann@posteo.example",
        style="thunderbird",
        inv="43190",
        owed="190,00 €",
        text="Hallo,\n\nwir haben das Haus zum 30. Juni verkauft und sind ausgezogen. Der Pool gehört jetzt den neuen Eigentümern. Wie gehen wir mit dem Pflegevertrag um?\n\nGisela Hartmann",
        note="the writer is the account holder, so not wrong_contact; nothing promised; a person must read it",
    ),
)

# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

FR: tuple[Spec, ...] = (
    Spec(
        key="ps-fr-virement",
        lang="fr",
        intent="payment_sent",
        when="2027-06-17 10:26 +0200",
        name="Élodie Garnier",
        addr="elodie.garnier@mas-des-oliviers.example",
        style="outlook_html",
        inv="44012",
        owed="640,00 €",
        text="Bonjour,\n\nLe virement de 640,00 € a été effectué ce matin, référence VIR-0617-BPS44012.\n\nBien cordialement,\nÉlodie Garnier\nMas des Oliviers – chambres d'hôtes",
        extra=Extra(
            paid_date="2027-06-17",
            payment_reference="VIR-0617-BPS44012",
            amount="640.00",
            currency="EUR",
        ),
    ),
    Spec(
        key="ps-fr-cheque",
        lang="fr",
        intent="payment_sent",
        when="2027-06-23 21:09 +0200",
        name="Bernard Lefoll",
        addr="b.lefoll@orange-fr.example",
        style="gmail_plain",
        inv="44088",
        owed="275,00 €",
        charset="iso-8859-1",
        cte="8bit",
        text="bonjour\nc est regle par cheque, envoye lundi par la poste\nB Lefoll",
        extra=Extra(paid_date="2027-06-21"),
        note="no accents; cheque posted 'lundi' = Mon 21 Jun before Wed 23 Jun",
    ),
    Spec(
        key="pp-fr-mijuillet",
        lang="fr",
        intent="promise_to_pay",
        when="2027-06-15 14:55 +0200",
        name="Camping Les Pins Dorés",
        addr="direction@campinglespinsdores.example",
        style="outlook",
        inv="44030",
        owed="3 120,00 €",
        charset="windows-1252",
        text="Bonjour,\n\nNous avons bien reçu votre relance. Le règlement partira mi-juillet, quand les premières semaines de haute saison seront encaissées.\n\nCordialement,\nLa direction\nCamping Les Pins Dorés ****",
        extra=Extra(promised_date="2027-07-15"),
        note="'mi-juillet' resolved to 15 July",
    ),
    Spec(
        key="dp-fr-passages",
        lang="fr",
        intent="dispute",
        when="2027-06-08 19:40 +0200",
        name="Nathalie Rousseau",
        addr="nathalie.rousseau@gmail.com",
        style="iphone",
        inv="43990",
        owed="520,00 €",
        text="Bonsoir, je ne paierai pas cette facture. Les passages hebdomadaires de mai n'ont manifestement pas eu lieu : quand nous sommes arrivés au gîte le 29, la piscine était verte et les paniers pleins de feuilles. Je veux bien payer ce qui a été fait, pas le reste.",
        note="service not done",
    ),
    Spec(
        key="dp-fr-avoir",
        lang="fr",
        intent="dispute",
        when="2027-06-24 09:12 +0200",
        name="Service comptable Hôtel du Lac Bleu",
        addr="comptabilite@hoteldulacbleu.example",
        style="outlook",
        inv="44101",
        owed="1 460,00 €",
        charset="iso-8859-1",
        text="Madame, Monsieur,\n\nLa facture BPS/44101 a déjà été annulée par votre avoir AV-2271 du 12 mai (erreur sur la remise en service). Nous ne comprenons pas cette relance. Merci de mettre votre compte à jour.\n\nCordialement,\nService comptable\nHôtel du Lac Bleu",
        refs=("BPS/44101",),
        note="already credited",
    ),
    Spec(
        key="pl-fr-troisfois",
        lang="fr",
        intent="payment_plan",
        when="2027-06-11 12:30 +0200",
        name="Gérard Poulain",
        addr="gerard.poulain@free-fr.example",
        style="thunderbird",
        inv="44021",
        owed="1 890,00 €",
        text="Bonjour,\n\nLa réparation de la pompe tombe très mal pour nous. Serait-il possible de régler en trois fois, sur juin, juillet et août ?\n\nMerci de votre compréhension,\nG. Poulain",
    ),
    Spec(
        key="pl-fr-delai",
        lang="fr",
        intent="payment_plan",
        when="2027-06-28 17:18 +0200",
        name="Sandrine Vidal",
        addr="s.vidal@camping-lacigale.example",
        style="outlook_html",
        inv="44140",
        owed="2 270,00 €",
        text="Bonjour,\n\nLa saison démarre à peine et la trésorerie est tendue après les travaux de l'hiver. Pourriez-vous nous accorder un délai jusqu'à fin juillet ? Nous ne contestons rien, c'est juste une question de calendrier.\n\nSandrine Vidal\nCamping La Cigale",
        note="asks for time until a date: payment_plan",
    ),
    Spec(
        key="ir-fr-rib",
        lang="fr",
        intent="invoice_request",
        when="2027-06-09 15:44 +0200",
        name="Résidence Les Calanques – Syndic",
        addr="compta@residence-calanques.example",
        style="outlook",
        inv="44000",
        owed="1 075,00 €",
        charset="windows-1252",
        text="Bonjour,\n\nNotre procédure impose un RIB à l'en-tête de votre société avant tout premier paiement. Merci de nous le faire parvenir ; le règlement suivra.\n\nCordialement,\nLe service comptable",
        note="bank details needed before paying",
    ),
    Spec(
        key="ir-fr-jamais",
        lang="fr",
        intent="invoice_request",
        when="2027-06-22 08:37 +0200",
        name="Philippe Marchal",
        addr="p.marchal@villa-marchal.example",
        style="apple",
        inv="44115",
        owed="360,00 €",
        text="Bonjour,\n\nJe n'ai jamais reçu cette facture, ni par courrier ni par mail. Pouvez-vous me la renvoyer ? Je la réglerai dès réception.\n\nPhilippe Marchal",
        note="never received, please resend; 'dès réception' is conditional with no date",
    ),
    Spec(
        key="wc-fr-syndic",
        lang="fr",
        intent="wrong_contact",
        when="2027-06-14 11:06 +0200",
        name="Yves Perrot",
        addr="yves.perrot@laposte-fr.example",
        style="gmail",
        inv="44050",
        owed="980,00 €",
        text="Bonjour,\n\nJe ne suis plus trésorier du conseil syndical depuis l'assemblée de mars. Voyez directement avec le syndic : gestion@syndic-azur.example\n\nCordialement,\nYves Perrot",
        extra=Extra(new_contact="gestion@syndic-azur.example"),
    ),
    Spec(
        key="wc-fr-auto",
        lang="fr",
        intent="wrong_contact",
        when="2027-06-30 05:50 +0200",
        name="Thalasso Côte Sauvage",
        addr="factures@thalasso-cotesauvage.example",
        style="none",
        subject="Réponse automatique : Relance : facture BPS/44162 échue",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="Cette adresse n'est plus consultée depuis le 1er juin 2027.\n\nMerci d'adresser désormais vos factures et relances à fournisseurs@thalasso-cotesauvage.example.\n\nThalasso Côte Sauvage – Service comptabilité",
        extra=Extra(new_contact="fournisseurs@thalasso-cotesauvage.example"),
        note="automatic 'address no longer read' notice: wrong_contact",
    ),
    Spec(
        key="un-fr-courrier",
        lang="fr",
        intent="unsubscribe",
        when="2027-06-18 16:27 +0200",
        name="Marie-Claire Dubreuil",
        addr="mc.dubreuil@wanadoo-fr.example",
        style="outlook",
        inv="44077",
        owed="430,00 €",
        charset="iso-8859-1",
        text="Je vous prie de cesser de m'écrire à cette adresse. Toute correspondance doit m'être adressée par courrier postal.\n\nMme Dubreuil",
        note="post only",
    ),
    Spec(
        key="ar-fr-retour",
        lang="fr",
        intent="auto_reply",
        when="2027-06-21 08:00 +0200",
        name="Agnès Morel",
        addr="a.morel@hotelspa-lesembruns.example",
        style="none",
        subject="Réponse automatique : Relance : facture BPS/44093 échue",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        text="Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 2 juillet inclus. Je serai de retour le lundi 5 juillet et traiterai votre message à ce moment-là.\n\nAgnès Morel\nResponsable administrative",
        extra=Extra(return_date="2027-07-05"),
        note="the stated day back wins over 'jusqu'au … inclus'",
    ),
    Spec(
        key="ar-fr-vendanges",
        lang="fr",
        intent="auto_reply",
        when="2027-06-25 13:13 +0200",
        name="Henri Castaing",
        addr="henri@domaine-castaing.example",
        style="none",
        charset="iso-8859-1",
        cte="8bit",
        subject="Absence",
        text="Bonjour,\n\nJe suis au domaine et ne consulte mes messages que très rarement jusqu'après les vendanges. Pour la maison de Biarritz, merci de patienter.\n\nHenri Castaing",
        note="no Auto-Submitted header; 'après les vendanges' cannot be pinned to a day: return_date null",
    ),
    Spec(
        key="ot-fr-robot",
        lang="fr",
        intent="other",
        when="2027-06-10 18:34 +0200",
        name="Laurence Bégin",
        addr="laurence.begin@gmail.com",
        style="gmail",
        inv="44006",
        owed="150,00 €",
        text="Bonjour,\n\nÀ votre prochain passage, pouvez-vous regarder le robot ? Il ne remonte plus les parois depuis une semaine.\n\nMerci,\nLaurence",
        note="service request in the reminder thread",
    ),
    Spec(
        key="ot-fr-agace",
        lang="fr",
        intent="other",
        when="2027-07-02 09:47 +0200",
        name="Olivier Tessier",
        addr="olivier.tessier@tessier-gites.example",
        style="android",
        inv="44170",
        owed="690,00 €",
        text="Vous êtes sérieux ? Trois relances en dix jours pour 690 euros ? On travaille ensemble depuis six ans.",
        note="irritation without a payment claim, promise or dispute",
    ),
)

# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

ES: tuple[Spec, ...] = (
    Spec(
        key="ps-es-hecho",
        lang="es",
        intent="payment_sent",
        when="2027-06-16 22:18 +0200",
        name="Iñaki Etxeberria",
        addr="inaki.etxe@gmail.com",
        style="iphone",
        inv="45033",
        owed="230,00 €",
        text="Hecho 👍",
        note="'done' answering a reminder: paid, no date",
    ),
    Spec(
        key="ps-es-ayer",
        lang="es",
        intent="payment_sent",
        when="2027-06-29 10:05 +0200",
        name="Lucía Romero Vidal",
        addr="lucia.romero@villasolmar.example",
        style="pdf",
        inv="45120",
        owed="1.150,00 €",
        text="Buenos días:\n\nLes adjunto el justificante de la transferencia que hicimos ayer por importe de 1.150,00 €, referencia 0081-2706-4471.\n\nUn saludo,\nLucía Romero",
        extra=Extra(
            paid_date="2027-06-28",
            payment_reference="0081-2706-4471",
            amount="1150.00",
            currency="EUR",
        ),
        note="PDF proof attached; 'ayer' = Mon 28 Jun",
    ),
    Spec(
        key="pp-es-jueves",
        lang="es",
        intent="promise_to_pay",
        when="2027-06-11 13:50 +0200",
        name="Jordi Puig",
        addr="jordi@casapuig-emporda.example",
        style="gmail_plain",
        inv="45008",
        owed="480,00 €",
        charset="iso-8859-1",
        text="Hola,\n\nLo pagamos el próximo jueves sin falta, ahora mismo estoy fuera.\n\nJordi",
        extra=Extra(promised_date="2027-06-17"),
        note="'el próximo jueves' from Fri 11 Jun = Thu 17 Jun",
    ),
    Spec(
        key="pp-es-remesa",
        lang="es",
        intent="promise_to_pay",
        when="2027-06-14 09:40 +0100",
        name="Administración Hotel Las Dunas",
        addr="administracion@hotellasdunas-fv.example",
        style="outlook_html",
        inv="45019",
        owed="2.880,00 €",
        text="Buenos días,\n\nPagamos a proveedores los días 25 de cada mes. Su factura BPS/45019 ya está aprobada y entra en la remesa de este mes.\n\nAtentamente,\nDepartamento de Administración\nHotel Las Dunas – Fuerteventura\n\nEste mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario.",
        extra=Extra(promised_date="2027-06-25"),
        refs=("BPS/45019",),
        note="Canary Islands time zone; 'la remesa de este mes' on the 25th",
    ),
    Spec(
        key="dp-es-bomba",
        lang="es",
        intent="dispute",
        when="2027-06-22 17:03 +0200",
        name="Francisco Jiménez",
        addr="fjimenez@urbanizacionlosalmendros.example",
        style="outlook",
        inv="45090",
        owed="1.320,00 €",
        charset="windows-1252",
        text='Buenas tardes:\n\nNo vamos a pagar esta factura hasta que arreglen la bomba como es debido. Sigue perdiendo agua por el mismo sitio que antes de la "reparación" y la comunidad está muy molesta.\n\nFrancisco Jiménez\nPresidente de la Comunidad de Propietarios',
        note="won't pay until the repair is fixed",
    ),
    Spec(
        key="pl-es-plazos",
        lang="es",
        intent="payment_plan",
        when="2027-06-09 11:26 +0200",
        name="Marta Ruiz",
        addr="marta.ruiz@apartamentosbahia.example",
        style="gmail",
        inv="44990",
        owed="1.740,00 €",
        text="Hola,\n\n¿Podríamos pagarla en dos plazos, la mitad ahora y la otra mitad a finales de julio? La temporada empieza flojita.\n\nGracias,\nMarta",
    ),
    Spec(
        key="pl-es-mes",
        lang="es",
        intent="payment_plan",
        when="2027-06-25 20:40 +0200",
        name="Antonio Castillo",
        addr="antoniocastillo61@gmail.com",
        style="android",
        inv="45101",
        owed="960,00 €",
        text="Buenas. Estamos pasando un momento muy malo, mi mujer ha estado ingresada y no llego a todo. Podriamos pagar 200 euros al mes hasta terminar? Siento las molestias",
        note="hardship, monthly amount, missing accents",
    ),
    Spec(
        key="ir-es-cif",
        lang="es",
        intent="invoice_request",
        when="2027-06-15 12:12 +0200",
        name="Gestoría Navarro",
        addr="facturas@gestorianavarro.example",
        style="outlook",
        inv="45040",
        owed="615,00 €",
        charset="iso-8859-1",
        text="Buenos días:\n\nPara poder contabilizarla necesitamos la factura a nombre de la Comunidad de Propietarios Residencial Miramar, con su CIF H-03456789, y no a nombre del presidente. Rogamos nos envíen una factura rectificada.\n\nUn saludo,\nGestoría Navarro",
        note="reissue with the right tax ID, amount not contested",
    ),
    Spec(
        key="ir-es-extracto",
        lang="es",
        intent="invoice_request",
        when="2027-07-01 10:20 +0200",
        name="Rocío Medina",
        addr="rocio.medina@hotelsierrablanca.example",
        style="outlook_html",
        inv="45160",
        owed="2.205,00 €",
        text="Hola,\n\n¿Me pueden enviar un extracto de cuenta con todas las facturas pendientes? Tengo la sensación de que hay alguna que ya pagamos.\n\nGracias,\nRocío Medina\nContabilidad – Hotel Sierra Blanca",
        note="statement request",
    ),
    Spec(
        key="wc-es-recepcion",
        lang="es",
        intent="wrong_contact",
        when="2027-06-10 16:33 +0200",
        name="Recepción Camping Costa Verde",
        addr="recepcion@campingcostaverde.example",
        style="gmail_plain",
        inv="44998",
        owed="1.090,00 €",
        text="Hola, este correo es el de recepción y aquí no llevamos las facturas. Mándenlo a administracion@campingcostaverde.example por favor.\n\nUn saludo",
        extra=Extra(new_contact="administracion@campingcostaverde.example"),
    ),
    Spec(
        key="wc-es-yano",
        lang="es",
        intent="wrong_contact",
        when="2027-06-28 12:45 +0200",
        name="Pablo Serrano",
        addr="pablo.serrano@hotelcalablanca.example",
        style="iphone",
        inv="45130",
        owed="1.515,00 €",
        text="Ya no trabajo en el hotel desde mayo. Escriban a Marta Gil, contabilidad@hotelcalablanca.example",
        extra=Extra(new_contact="contabilidad@hotelcalablanca.example"),
    ),
    Spec(
        key="un-es-basta",
        lang="es",
        intent="unsubscribe",
        when="2027-06-17 23:02 +0200",
        name="Carmen Ortega",
        addr="carmen.ortega@telefonica-es.example",
        style="gmail_plain",
        inv="45060",
        owed="340,00 €",
        text="No me escriban más a este correo, por favor. Ya está pagado desde hace semanas y estoy harta de recibir avisos.",
        note="stop plus a payment claim: unsubscribe wins",
    ),
    Spec(
        key="un-es-abogado",
        lang="es",
        intent="unsubscribe",
        when="2027-07-02 11:30 +0200",
        name="Enrique Salazar",
        addr="esalazar@salazarinversiones.example",
        style="outlook",
        inv="45177",
        owed="4.100,00 €",
        charset="windows-1252",
        text="Señores:\n\nCualquier comunicación sobre este asunto deberá dirigirse a nuestro abogado, D. Ramón Ibáñez, del despacho Ibáñez Abogados. Les ruego que no vuelvan a contactarnos directamente.\n\nEnrique Salazar",
        note="lawyer only",
    ),
    Spec(
        key="ar-es-fuera",
        lang="es",
        intent="auto_reply",
        when="2027-06-23 08:10 +0200",
        name="Beatriz Lozano",
        addr="blozano@parquelosolivos.example",
        style="none",
        subject="Respuesta automática: Recordatorio: factura BPS/45083 vencida",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="Gracias por su mensaje. Estaré fuera de la oficina hasta el 12 de julio, sin acceso al correo. Para asuntos urgentes pueden llamar al 965 000 418.\n\nBeatriz Lozano\nAdministración – Parque Los Olivos",
        extra=Extra(return_date="2027-07-12"),
        note="'hasta el 12 de julio' → that date",
    ),
    Spec(
        key="ot-es-miercoles",
        lang="es",
        intent="other",
        when="2027-06-21 19:15 +0200",
        name="Alejandro Méndez",
        addr="alejandro.mendez@villaazahar.example",
        style="apple",
        inv="45072",
        owed="390,00 €",
        text="Hola,\n\n¿Pueden adelantar la limpieza de esta semana al miércoles? Llegan huéspedes el jueves por la mañana.\n\nGracias,\nAlejandro",
        note="scheduling request",
    ),
    Spec(
        key="ot-es-vale",
        lang="es",
        intent="other",
        when="2027-06-08 09:03 +0200",
        name="Nuria Ferrer",
        addr="nuria@ferrerfincas.example",
        style="android",
        inv="44985",
        owed="520,00 €",
        text="Vale, gracias.",
        note="acknowledgement only",
    ),
)

# --------------------------------------------------------------------------------------------
# Dutch
# --------------------------------------------------------------------------------------------

NL: tuple[Spec, ...] = (
    Spec(
        key="ps-nl-afas",
        lang="nl",
        intent="payment_sent",
        when="2027-06-16 05:30 +0200",
        name="AFAS Betaaladvies – Recreatiepark De Hooge Veluwe",
        addr="noreply@afas-online.example",
        style="none_html",
        subject="Betaaladvies Recreatiepark De Hooge Veluwe B.V.",
        headers=(("Auto-Submitted", "auto-generated"),),
        text="Betaaladvies\n\nRecreatiepark De Hooge Veluwe B.V. heeft de volgende betaling aan u verricht.\n\nBetaaldatum: 16-06-2027\nBedrag: € 2.487,50\nBetalingskenmerk: AFAS-BET-20270616-118\n\nFactuur BPS/46011   € 1.602,50\nFactuur BPS/46024   € 885,00\n\nDit bericht is automatisch verzonden. U kunt niet op dit bericht reageren.",
        extra=Extra(
            paid_date="2027-06-16",
            payment_reference="AFAS-BET-20270616-118",
            amount="2487.50",
            currency="EUR",
        ),
        refs=("BPS/46011", "BPS/46024"),
        note="AFAS payment advice with Auto-Submitted: auto-generated",
    ),
    Spec(
        key="ps-nl-gisteren",
        lang="nl",
        intent="payment_sent",
        when="2027-06-24 08:52 +0200",
        name="Wouter Bakker",
        addr="wouter@bakkervakantiewoningen.example",
        style="iphone",
        inv="46070",
        owed="€ 345,00",
        text="Is gisteren overgemaakt.",
        extra=Extra(paid_date="2027-06-23"),
        note="'gisteren' = Wed 23 Jun",
    ),
    Spec(
        key="pp-nl-eindmaand",
        lang="nl",
        intent="promise_to_pay",
        when="2027-06-08 15:10 +0200",
        name="Ingrid Smits",
        addr="ingrid.smits@zwembadhetanker.example",
        style="outlook",
        inv="45990",
        owed="€ 1.210,00",
        charset="iso-8859-1",
        text="Goedemiddag,\n\nWe betalen deze eind van de maand, samen met de rest van de leveranciers.\n\nMet vriendelijke groet,\nIngrid Smits\nFinanciële administratie Zwembad Het Anker",
        extra=Extra(promised_date="2027-06-30"),
        note="'eind van de maand' = 30 Jun",
    ),
    Spec(
        key="pp-nl-ingepland",
        lang="nl",
        intent="promise_to_pay",
        when="2027-06-28 10:41 +0200",
        name="Ruud Vermeulen",
        addr="r.vermeulen@landgoedvermeulen.example",
        style="gmail",
        inv="46105",
        owed="€ 760,00",
        text="Hoi,\n\nIk heb de betaling ingepland voor vrijdag, dan staat het er begin volgende week op.\n\nGroet,\nRuud",
        extra=Extra(promised_date="2027-07-02"),
        note="past tense 'heb ingepland' announces a payment on Fri 2 Jul",
    ),
    Spec(
        key="dp-nl-nooitgeleverd",
        lang="nl",
        intent="dispute",
        when="2027-06-11 11:58 +0200",
        name="Hanneke de Wit",
        addr="hanneke@bungalowparkdeduinen.example",
        style="outlook_html",
        inv="46002",
        owed="€ 918,40",
        text="Goedemorgen,\n\nDe chloortabletten en pH-min die op deze factuur staan zijn nooit geleverd. Ik heb het twee keer nagevraagd bij uw monteur. We betalen niet voor iets wat we niet hebben gekregen.\n\nHanneke de Wit\nBungalowpark De Duinen",
        note="goods not received",
    ),
    Spec(
        key="dp-nl-inkooporder",
        lang="nl",
        intent="dispute",
        when="2027-06-30 14:22 +0200",
        name="Crediteurenadministratie Sportfondsen Oost",
        addr="crediteuren@sportfondsenoost.example",
        style="outlook",
        inv="46140",
        owed="€ 3.050,00",
        charset="windows-1252",
        text="Geachte heer/mevrouw,\n\nHet inkoopordernummer op factuur BPS/46140 (IO-77120) hoort niet bij onze organisatie en de vermelde werkzaamheden zijn bij ons niet bekend. Wij nemen de factuur niet in behandeling.\n\nMet vriendelijke groet,\nCrediteurenadministratie",
        refs=("BPS/46140",),
        note="not our purchase order",
    ),
    Spec(
        key="pl-nl-regeling",
        lang="nl",
        intent="payment_plan",
        when="2027-06-18 19:37 +0200",
        name="Sandra Mulder",
        addr="sandra.mulder@ziggo-mail.example",
        style="android",
        inv="46050",
        owed="€ 1.480,00",
        text="Goedenavond, kunnen we een betalingsregeling treffen? Vier termijnen zou voor ons haalbaar zijn. Het zwembad is dit jaar een financiële tegenvaller geworden.",
    ),
    Spec(
        key="ir-nl-kopie",
        lang="nl",
        intent="invoice_request",
        when="2027-06-14 09:19 +0200",
        name="Erik Jansen",
        addr="erik.jansen@jansenvastgoed.example",
        style="thunderbird",
        inv="46020",
        owed="€ 525,00",
        text="Goedemorgen,\n\nKunt u een kopie van deze factuur sturen? Ik kan hem nergens terugvinden en onze boekhouder wil hem hebben voor hij betaalt.\n\nErik Jansen",
        note="invoice copy needed before paying",
    ),
    Spec(
        key="ir-nl-btw",
        lang="nl",
        intent="invoice_request",
        when="2027-06-29 16:08 +0200",
        name="Administratie Hotel Zeezicht",
        addr="administratie@hotelzeezicht-zandvoort.example",
        style="outlook_html",
        inv="46120",
        owed="€ 1.995,00",
        text="Beste,\n\nOp factuur BPS/46120 ontbreekt ons btw-nummer (NL004567891B01), waardoor wij hem niet kunnen verwerken. Het bedrag klopt verder. Graag ontvangen wij een gecorrigeerde factuur.\n\nMet vriendelijke groet,\nAdministratie Hotel Zeezicht",
        refs=("BPS/46120",),
        note="reissue with a VAT number, amount accepted",
    ),
    Spec(
        key="wc-nl-huurder",
        lang="nl",
        intent="wrong_contact",
        when="2027-06-09 20:44 +0200",
        name="Lotte van Dijk",
        addr="lottevandijk@gmail.com",
        style="gmail_plain",
        inv="45995",
        owed="€ 280,00",
        text="Hallo, ik huur het huis alleen maar, ik ben niet de eigenaar. U moet bij meneer Visser zijn: j.visser@vissermail.example. Groetjes, Lotte",
        extra=Extra(new_contact="j.visser@vissermail.example"),
    ),
    Spec(
        key="wc-nl-auto",
        lang="nl",
        intent="wrong_contact",
        when="2027-06-22 03:12 +0200",
        name="Wellnessresort Brabantse Bron",
        addr="facturen@brabantsebron.example",
        style="none",
        subject="Automatisch antwoord: Herinnering: factuur BPS/46088 is vervallen",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="Dit e-mailadres wordt niet meer gelezen.\n\nStuur facturen en aanmaningen voortaan naar crediteuren@brabantsebron.example. Berichten aan dit adres worden automatisch verwijderd.",
        extra=Extra(new_contact="crediteuren@brabantsebron.example"),
        note="automatic 'no longer read' notice",
    ),
    Spec(
        key="un-nl-afmelden",
        lang="nl",
        intent="unsubscribe",
        when="2027-06-15 07:48 +0200",
        name="P. Hendriks",
        addr="p.hendriks@kpnplanet.example",
        style="iphone",
        inv="46033",
        owed="€ 190,00",
        text="Afmelden graag.",
    ),
    Spec(
        key="un-nl-advocaat",
        lang="nl",
        intent="unsubscribe",
        when="2027-07-01 13:26 +0200",
        name="Maarten Kok",
        addr="m.kok@kokrecreatie.example",
        style="outlook",
        inv="46160",
        owed="€ 2.640,00",
        charset="iso-8859-1",
        text="Geachte heer/mevrouw,\n\nVanaf heden verloopt alle communicatie over deze kwestie via onze advocaat, mr. De Groot. Wij verzoeken u ons niet langer rechtstreeks te mailen.\n\nM. Kok",
        note="lawyer only",
    ),
    Spec(
        key="ar-nl-vakantie",
        lang="nl",
        intent="auto_reply",
        when="2027-06-25 17:00 +0200",
        name="Femke Postma",
        addr="f.postma@campingdeveenhoop.example",
        style="none",
        subject="Afwezig: Herinnering: factuur BPS/46098 is vervallen",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        text="Bedankt voor je bericht. Ik ben met vakantie tot en met vrijdag 9 juli en ben maandag 12 juli weer aanwezig. Je mail wordt niet doorgestuurd.\n\nFemke Postma",
        extra=Extra(return_date="2027-07-12"),
    ),
    Spec(
        key="ar-nl-ticket",
        lang="nl",
        intent="auto_reply",
        when="2027-06-10 10:02 +0200",
        name="Klantenservice Zwemcentrum De Vijf Eiken",
        addr="servicedesk@devijfeiken.example",
        style="none",
        subject="Ontvangstbevestiging [#NL-30418]",
        headers=(("Auto-Submitted", "auto-generated"),),
        text="Beste afzender,\n\nWij hebben uw bericht in goede orde ontvangen en geregistreerd onder nummer NL-30418. U hoort binnen drie werkdagen van ons.\n\nKlantenservice Zwemcentrum De Vijf Eiken",
        note="ticket acknowledgement",
    ),
    Spec(
        key="ot-nl-pauze",
        lang="nl",
        intent="other",
        when="2027-06-17 12:34 +0200",
        name="Joost van Leeuwen",
        addr="joost.vanleeuwen@vanleeuwenbv.example",
        style="apple",
        inv="46040",
        owed="€ 410,00",
        text="Hoi,\n\nOns zwembad wordt deze zomer niet gebruikt omdat we verbouwen. Kunnen we het onderhoudscontract tot september pauzeren?\n\nJoost",
        note="contract question",
    ),
    Spec(
        key="ot-nl-ontvangen",
        lang="nl",
        intent="other",
        when="2027-07-02 14:55 +0200",
        name="Marieke Bos",
        addr="marieke.bos@bosenzonen.example",
        style="outlook",
        inv="46172",
        owed="€ 620,00",
        text="Ontvangen, ik leg hem bij mijn man neer.\n\nMarieke",
        note="acknowledgement and hand-over, no commitment",
    ),
)

# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

IT: tuple[Spec, ...] = (
    Spec(
        key="ps-it-bonifico",
        lang="it",
        intent="payment_sent",
        when="2027-06-18 12:40 +0200",
        name="Stefania Colombo",
        addr="s.colombo@agriturismoilpoggio.example",
        style="outlook_html",
        inv="47040",
        owed="€ 780,00",
        text="Buongiorno,\n\nvi informo che in data odierna abbiamo disposto il bonifico di € 780,00 a saldo della fattura BPS/47040, CRO 0306927718450211.\n\nCordiali saluti,\nStefania Colombo\nAgriturismo Il Poggio",
        extra=Extra(
            paid_date="2027-06-18",
            payment_reference="0306927718450211",
            amount="780.00",
            currency="EUR",
        ),
        refs=("BPS/47040",),
    ),
    Spec(
        key="ps-it-pagato",
        lang="it",
        intent="payment_sent",
        when="2027-06-28 21:33 +0200",
        name="Gianni Russo",
        addr="gianni.russo72@gmail.com",
        style="android",
        inv="47120",
        owed="€ 210,00",
        text="pagato",
        note="one word, no date",
    ),
    Spec(
        key="pp-it-15luglio",
        lang="it",
        intent="promise_to_pay",
        when="2027-06-10 10:15 +0200",
        name="Amministrazione Hotel Miramare",
        addr="amministrazione@hotelmiramare-rimini.example",
        style="outlook",
        inv="47008",
        owed="€ 2.360,00",
        charset="iso-8859-1",
        text="Buongiorno,\n\nprovvederemo al pagamento della fattura entro il 15 luglio p.v.\n\nDistinti saluti\nUfficio Amministrazione\nHotel Miramare ***\n\nAi sensi del Regolamento UE 2016/679 le informazioni contenute in questo messaggio sono riservate e a uso esclusivo del destinatario.",
        extra=Extra(promised_date="2027-07-15"),
    ),
    Spec(
        key="pp-it-settimana",
        lang="it",
        intent="promise_to_pay",
        when="2027-06-09 18:05 +0200",
        name="Paolo Greco",
        addr="paolo.greco@villagreco-salento.example",
        style="gmail",
        inv="47002",
        owed="€ 530,00",
        text="Salve,\n\nmi scuso per il ritardo, ero all'estero. Pago la settimana prossima appena rientro in Italia.\n\nPaolo Greco",
        extra=Extra(promised_date="2027-06-14"),
        note="'la settimana prossima' → Monday of next week (14 Jun)",
    ),
    Spec(
        key="dp-it-sacchi",
        lang="it",
        intent="dispute",
        when="2027-06-16 09:44 +0200",
        name="Luca Ferraro",
        addr="luca.ferraro@campingvillaggiodelsole.example",
        style="inline",
        inv="47066",
        owed="€ 655,00",
        text="\n|\nLa fattura riporta 10 sacchi di sale per l'elettrolisi, ne abbiamo ricevuti 6. Paghiamo quando arriva la fattura corretta o il resto della merce.\n|\n\n|\nLuca Ferraro – Camping Villaggio del Sole",
        note="inline reply; short delivery",
    ),
    Spec(
        key="dp-it-doppione",
        lang="it",
        intent="dispute",
        when="2027-06-30 11:11 +0200",
        name="Chiara Benedetti",
        addr="chiara.benedetti@residenzalemimose.example",
        style="thunderbird",
        inv="47140",
        owed="€ 1.080,00",
        text="Buongiorno,\n\nquesta fattura è un doppione della BPS/47101, che abbiamo regolarmente saldato a maggio. Vi prego di annullarla.\n\nChiara Benedetti",
        refs=("BPS/47101",),
        note="duplicate billing; the earlier payment is not labelled",
    ),
    Spec(
        key="pl-it-rate",
        lang="it",
        intent="payment_plan",
        when="2027-06-14 15:27 +0200",
        name="Francesca Marino",
        addr="francesca.marino@libero-it.example",
        style="iphone",
        inv="47030",
        owed="€ 1.320,00",
        text="Buongiorno, è possibile rateizzare l'importo? Quest'anno con la piscina abbiamo avuto solo spese. Anche quattro rate mensili andrebbero bene. Grazie",
    ),
    Spec(
        key="pl-it-proroga",
        lang="it",
        intent="payment_plan",
        when="2027-06-24 10:52 +0200",
        name="Roberto Galli",
        addr="r.galli@centrosportivoaurora.example",
        style="outlook",
        inv="47090",
        owed="€ 3.900,00",
        charset="windows-1252",
        text="Spett.le Brightwell,\n\nin attesa dell'erogazione del contributo regionale vi chiediamo una proroga di 60 giorni sul pagamento della fattura in oggetto.\n\nCordiali saluti\nRoberto Galli\nCentro Sportivo Aurora ASD",
        note="asks for an extension of 60 days: payment_plan",
    ),
    Spec(
        key="ir-it-oda",
        lang="it",
        intent="invoice_request",
        when="2027-06-21 14:03 +0200",
        name="Ufficio Acquisti Grand Hotel Lago",
        addr="acquisti@grandhotellago.example",
        style="outlook_html",
        inv="47077",
        owed="€ 1.745,00",
        text="Buongiorno,\n\nper poter procedere con il pagamento ci serve che la fattura riporti il nostro numero d'ordine ODA 2027/0412. Potete riemetterla?\n\nGrazie,\nUfficio Acquisti",
        note="PO number needed on the invoice",
    ),
    Spec(
        key="wc-it-amministrazione",
        lang="it",
        intent="wrong_contact",
        when="2027-06-08 11:30 +0200",
        name="Davide Conti",
        addr="davide.conti@bbcasaconti.example",
        style="gmail_plain",
        inv="46985",
        owed="€ 260,00",
        text="Buongiorno,\n\nnon sono io che mi occupo dei pagamenti. Scrivete a mia sorella Laura: amministrazione@bbcasaconti.example\n\nDavide",
        extra=Extra(new_contact="amministrazione@bbcasaconti.example"),
    ),
    Spec(
        key="wc-it-nonattivo",
        lang="it",
        intent="wrong_contact",
        when="2027-06-25 06:40 +0200",
        name="Terme di Valverde",
        addr="contabilita@termedivalverde.example",
        style="none",
        subject="Risposta automatica: Sollecito di pagamento – fattura BPS/47100",
        headers=(("Auto-Submitted", "auto-replied"),),
        text="Questa casella non è più presidiata.\n\nPer fatture e solleciti scrivete a fornitori@termedivalverde.example. I messaggi inviati a questo indirizzo non verranno letti.",
        extra=Extra(new_contact="fornitori@termedivalverde.example"),
        note="automatic 'mailbox no longer monitored' notice",
    ),
    Spec(
        key="un-it-basta",
        lang="it",
        intent="unsubscribe",
        when="2027-06-17 20:20 +0200",
        name="Sergio Fontana",
        addr="sergio.fontana@fontanaville.example",
        style="android",
        inv="47055",
        owed="€ 440,00",
        text="Non scrivetemi più. Ho pagato ieri e non voglio ricevere altre mail da voi.",
        note="stop plus a payment claim: unsubscribe wins, so no paid_date",
    ),
    Spec(
        key="un-it-legale",
        lang="it",
        intent="unsubscribe",
        when="2027-06-29 12:48 +0200",
        name="Alessandra Rinaldi",
        addr="a.rinaldi@residenceilfaro.example",
        style="outlook",
        inv="47130",
        owed="€ 2.200,00",
        charset="iso-8859-1",
        text="Spettabile ditta,\n\nper qualsiasi comunicazione relativa a questa fattura vi invitiamo a rivolgervi esclusivamente al nostro legale, avv. Marco Ferri. Vi preghiamo di non contattarci più direttamente.\n\nAlessandra Rinaldi",
        note="lawyer only",
    ),
    Spec(
        key="ar-it-ferie",
        lang="it",
        intent="auto_reply",
        when="2027-06-15 08:20 +0200",
        name="Valentina Moretti",
        addr="v.moretti@hotelspa-dolomiti.example",
        style="none",
        subject="Risposta automatica: Sollecito di pagamento – fattura BPS/47044",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        text="Gentile mittente,\n\nsarò in ferie fino a venerdì 25 giugno compreso e rientrerò in ufficio lunedì 28 giugno. Per urgenze scrivere a reception@hotelspa-dolomiti.example.\n\nValentina Moretti",
        extra=Extra(return_date="2027-06-28"),
        note="the stated day back; the colleague's address does not set new_contact",
    ),
    Spec(
        key="ar-it-ticket",
        lang="it",
        intent="auto_reply",
        when="2027-07-01 09:06 +0200",
        name="Assistenza Clienti Acquapark Riviera",
        addr="assistenza@acquaparkriviera.example",
        style="none",
        subject="Richiesta ricevuta – pratica n. 2027-6614",
        text="Gentile cliente,\n\nabbiamo ricevuto la sua richiesta, registrata con il numero 2027-6614. Un operatore la contatterà al più presto.\n\nQuesto è un messaggio generato automaticamente, si prega di non rispondere.",
        note="ticket acknowledgement without Auto-Submitted",
    ),
    Spec(
        key="ot-it-marito",
        lang="it",
        intent="other",
        when="2027-06-22 13:37 +0200",
        name="Elena Bianchi",
        addr="elena.bianchi@gmail.com",
        style="iphone",
        inv="47082",
        owed="€ 175,00",
        text="Grazie, ho girato la mail a mio marito che si occupa lui di queste cose.",
        note="forwarded to her husband, no address given: other",
    ),
)

MESSAGES: tuple[Spec, ...] = EN + DE + FR + ES + NL + IT + BOUNCES

# --------------------------------------------------------------------------------------------
# Labels, checks, output
# --------------------------------------------------------------------------------------------


def label(s: Spec, file: str) -> Label:
    e = s.extra
    return Label(
        file=file,
        intent=s.intent,
        promised_date=e.get("promised_date"),
        paid_date=e.get("paid_date"),
        return_date=e.get("return_date"),
        payment_reference=e.get("payment_reference"),
        amount=e.get("amount"),
        currency=e.get("currency"),
        new_contact=e.get("new_contact"),
        bounce_kind=e.get("bounce_kind"),
        failed_recipient=e.get("failed_recipient"),
        bounce_status=e.get("bounce_status"),
        invoice_refs=list(s.refs),
        language=s.lang,
        note=s.note,
    )


def check_label(lab: Label) -> None:
    if lab["intent"] not in INTENTS or lab["language"] not in LANGS:
        raise ValueError(f"{lab['file']}: bad intent or language")
    is_bounce = lab["intent"] == "bounce"
    bounce_fields = (lab["bounce_kind"], lab["failed_recipient"], lab["bounce_status"])
    if is_bounce != all(bounce_fields) or (not is_bounce and any(bounce_fields)):
        raise ValueError(f"{lab['file']}: bounce fields do not match the intent")
    if (lab["amount"] is None) != (lab["currency"] is None):
        raise ValueError(f"{lab['file']}: amount and currency go together")
    for ref in lab["invoice_refs"]:
        if not (ref.startswith("BPS/") and len(ref) == 9 and ref[4:].isdigit()):
            raise ValueError(f"{lab['file']}: bad invoice ref {ref}")


def check_parsed(name: str, raw: bytes) -> None:
    msg = message_from_bytes(raw, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = str(msg.get(header, ""))
        if not value or "=?" in value:
            raise ValueError(f"{name}: header {header} missing or not decoded")
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text" and "Content-Type" in part:
            content = part.get_content()
            if not isinstance(content, str) or not content.strip():
                raise ValueError(f"{name}: empty text part")


def check_specs() -> None:
    keys = [s.key for s in MESSAGES]
    if len(keys) != 120 or len(set(keys)) != 120:
        raise ValueError("need 120 distinct keys")
    texts = [s.text for s in MESSAGES]
    if len(set(texts)) != len(texts):
        raise ValueError("two messages share their text")
    pairs = Counter((s.intent, s.lang) for s in MESSAGES)
    missing = [(i, lang) for i in INTENTS for lang in LANGS if not pairs[i, lang]]
    if missing:
        raise ValueError(f"intent × language gaps: {missing}")
    for s in MESSAGES:
        if not "2027-06-07" <= s.dt.date().isoformat() <= "2027-07-02":
            raise ValueError(f"{s.key}: date out of range")


def shuffled() -> list[Spec]:
    return sorted(MESSAGES, key=lambda s: digest(s.key, "order"))


def count_table(labels: list[Label]) -> str:
    counts = Counter((lab["intent"], lab["language"]) for lab in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * 7]
    for intent in INTENTS:
        cells = [counts[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(counts[i, lang] for i in INTENTS) for lang in LANGS]
    bold = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {bold} | **{sum(totals)}** |")
    return "\n".join(rows)


def main() -> None:
    check_specs()
    labels: list[Label] = []
    for n, spec in enumerate(shuffled(), start=1):
        name = f"h79-{n:03d}.eml"
        raw = render(spec)
        check_parsed(name, raw)
        (HERE / name).write_bytes(raw)
        lab = label(spec, name)
        check_label(lab)
        labels.append(lab)
    lines = [json.dumps(lab, ensure_ascii=False) for lab in labels]
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = Counter(lab["bounce_kind"] for lab in labels if lab["bounce_kind"])
    print(count_table(labels))
    print(f"\nbounces: {kinds['hard']} hard, {kinds['soft']} soft")


if __name__ == "__main__":
    main()
