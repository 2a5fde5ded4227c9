# ruff: noqa: E501, PLW2901, RUF001, RUF002
# Message text is kept one paragraph a line, the way people type it into a mail client, with the
# dashes, quotes and accents they really use.
"""Build held-out reply corpus 95: `h95-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue-invoice reminder sent by the receivables mailbox of
Brightwell Catering Equipment. The new text of each message and its labels are written by hand
below; the code only adds what a mail client or a mail server would add around that text: the
quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings, and the machine parts of delivery reports.

Run it from anywhere: it rewrites the corpus next to itself, deterministically, parses every file
back, checks the labels and prints the count table.
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
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "holdout95-20280508"
PREFIX = "h95"
AR_NAME = "Brightwell Receivables"
AR_ADDR = "receivables@brightwell-catering.example"
AR_DOMAIN = "brightwell-catering.example"
UK = timezone(timedelta(hours=1), "BST")
CE = timezone(timedelta(hours=2), "CEST")
FIRST_DAY, LAST_DAY = date(2028, 5, 8), date(2028, 6, 2)
UK_BANK_HOLIDAYS = {date(2028, 5, 29)}

LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
PER_INTENT = 12
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
# The only fields each intent may fill; everything else stays null.
INTENT_FIELDS: dict[str, set[str]] = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "auto_reply": {"return_date"},
    "wrong_contact": {"new_contact"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
}

# --------------------------------------------------------------------------------------------
# Locale tables (what the mail clients print around the quoted reminder)
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    "de": (
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Mo. Di. Mi. Do. Fr. Sa. So.",
    ),
    "fr": (
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lun. mar. mer. jeu. ven. sam. dim.",
    ),
    "es": ("lunes martes miércoles jueves viernes sábado domingo", "lun mar mié jue vie sáb dom"),
    "nl": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", "ma di wo do vr za zo"),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTHS = {
    "en": (
        "January February March April May June July August September October November December",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ),
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sept oct nov dic",
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "gen feb mar apr mag giu lug ago set ott nov dic",
    ),
}
# Gmail (web and app), en-GB and the continental locales.
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail on the Mac and on the iPhone.
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
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook desktop: divider line, then From / Sent / To / Subject labels and the label separator.
OUTLOOK_HEAD = {
    "en": ("-----Original Message-----", ("From", "Sent", "To", "Subject"), ": "),
    "de": ("-----Ursprüngliche Nachricht-----", ("Von", "Gesendet", "An", "Betreff"), ": "),
    "fr": ("-----Message d'origine-----", ("De", "Envoyé", "À", "Objet"), " : "),
    "es": ("-----Mensaje original-----", ("De", "Enviado el", "Para", "Asunto"), ": "),
    "nl": ("-----Oorspronkelijk bericht-----", ("Van", "Verzonden", "Aan", "Onderwerp"), ": "),
    "it": ("-----Messaggio originale-----", ("Da", "Inviato", "A", "Oggetto"), ": "),
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
ANDROID_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}:{ss}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}:{ss}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}:{ss}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
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
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
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
# The reminder being answered (two stages, six languages)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    ("en", 1): "Payment reminder – invoice {inv} is overdue",
    ("en", 2): "Second reminder – invoice {inv} now {days} days overdue",
    ("de", 1): "Zahlungserinnerung – Rechnung {inv}",
    ("de", 2): "2. Mahnung – Rechnung {inv}",
    ("fr", 1): "Rappel de paiement – facture {inv}",
    ("fr", 2): "Second rappel : facture {inv} impayée",
    ("es", 1): "Aviso de pago pendiente – factura {inv}",
    ("es", 2): "Segundo aviso: factura {inv} pendiente de pago",
    ("nl", 1): "Betalingsherinnering factuur {inv}",
    ("nl", 2): "Tweede herinnering: factuur {inv} nog niet voldaan",
    ("it", 1): "Promemoria di pagamento – fattura {inv}",
    ("it", 2): "Secondo sollecito: fattura {inv} non saldata",
}
REMINDER_LINE = {
    "en": "  Invoice {inv}   dated {issued}   due {due}   outstanding {amt}",
    "de": "  Rechnung {inv}   vom {issued}   fällig seit {due}   offener Betrag {amt}",
    "fr": "  Facture {inv}   du {issued}   échue le {due}   reste dû {amt}",
    "es": "  Factura {inv}   de fecha {issued}   vencida el {due}   importe pendiente {amt}",
    "nl": "  Factuur {inv}   d.d. {issued}   vervallen op {due}   openstaand {amt}",
    "it": "  Fattura {inv}   del {issued}   scaduta il {due}   importo da saldare {amt}",
}
OVERDUE_NOTE = {
    "en": "   ({days} days overdue)",
    "de": "   ({days} Tage überfällig)",
    "fr": "   (retard : {days} jours)",
    "es": "   ({days} días de retraso)",
    "nl": "   ({days} dagen over de vervaldatum)",
    "it": "   ({days} giorni di ritardo)",
}
REMINDER_BODY = {
    (
        "en",
        1,
    ): "Hello,\n\nWe hope all is well in the kitchen. According to our ledger the invoice below is now past its due date:\n\n{lines}\n\nIf payment is already on its way, thank you – just let us know the date and we will match it. If anything on the invoice looks wrong, or you need a copy, reply to this email and we will sort it out.\n\nBest regards\n\nReceivables team\nBrightwell Catering Equipment Ltd\nUnit 7, Canal Side Works, Leeds\nTel. 0113 496 0571",
    (
        "en",
        2,
    ): "Dear customer,\n\nDespite our earlier reminder, we have not yet received payment of the following:\n\n{lines}\n\nPlease arrange payment within 7 days, or tell us by return if there is a reason for the delay. Planned service visits on overdue accounts may be rescheduled until the balance is cleared.\n\nRegards\n\nReceivables team\nBrightwell Catering Equipment Ltd\nUnit 7, Canal Side Works, Leeds\nTel. 0113 496 0571",
    (
        "de",
        1,
    ): "Guten Tag,\n\nbei der Durchsicht unserer Konten ist uns aufgefallen, dass folgende Rechnung noch offen ist:\n\n{lines}\n\nFalls Sie die Zahlung bereits angewiesen haben, teilen Sie uns bitte kurz das Datum mit. Sollte mit der Rechnung etwas nicht stimmen oder benötigen Sie eine Kopie, genügt eine Antwort auf diese E-Mail.\n\nFreundliche Grüße\n\nTeam Debitorenbuchhaltung\nBrightwell Catering Equipment Ltd",
    (
        "de",
        2,
    ): "Sehr geehrte Damen und Herren,\n\ntrotz unserer Erinnerung ist der folgende Betrag bislang nicht bei uns eingegangen:\n\n{lines}\n\nWir bitten Sie, den Betrag innerhalb von 7 Tagen zu begleichen oder uns mitzuteilen, warum die Zahlung noch aussteht. Geplante Wartungstermine können bis zum Ausgleich des Kontos verschoben werden.\n\nMit freundlichen Grüßen\n\nTeam Debitorenbuchhaltung\nBrightwell Catering Equipment Ltd",
    (
        "fr",
        1,
    ): "Bonjour,\n\nSauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n{lines}\n\nSi le paiement est déjà parti, merci de nous indiquer sa date afin que nous puissions le rapprocher. Pour toute question sur cette facture ou pour en obtenir un duplicata, répondez simplement à ce message.\n\nBien cordialement,\n\nService recouvrement\nBrightwell Catering Equipment Ltd",
    (
        "fr",
        2,
    ): "Madame, Monsieur,\n\nMalgré notre précédent rappel, nous n'avons toujours pas reçu le règlement suivant :\n\n{lines}\n\nNous vous remercions de procéder au paiement sous 7 jours ou de nous faire connaître par retour le motif de ce retard. Les visites d'entretien prévues sur les comptes débiteurs peuvent être reportées jusqu'à régularisation.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nService recouvrement\nBrightwell Catering Equipment Ltd",
    (
        "es",
        1,
    ): "Hola:\n\nSegún nuestra contabilidad, la siguiente factura sigue pendiente de pago:\n\n{lines}\n\nSi ya la han pagado, les agradeceríamos que nos indicaran la fecha para poder conciliarla. Si hay algún error en la factura o necesitan una copia, basta con responder a este correo.\n\nUn saludo,\n\nDepartamento de cobros\nBrightwell Catering Equipment Ltd",
    (
        "es",
        2,
    ): "Estimados señores:\n\nA pesar de nuestro aviso anterior, todavía no hemos recibido el siguiente pago:\n\n{lines}\n\nLes rogamos que realicen el pago en un plazo de 7 días o que nos comuniquen el motivo del retraso. Las visitas de mantenimiento programadas en cuentas con saldo vencido podrían aplazarse hasta su regularización.\n\nAtentamente,\n\nDepartamento de cobros\nBrightwell Catering Equipment Ltd",
    (
        "nl",
        1,
    ): "Goedendag,\n\nBij het nalopen van onze administratie zagen wij dat de onderstaande factuur nog openstaat:\n\n{lines}\n\nIs de betaling al onderweg, laat ons dan even weten op welke datum, dan boeken wij hem af. Klopt er iets niet aan de factuur of wilt u een kopie, antwoord dan gewoon op deze e-mail.\n\nMet vriendelijke groet,\n\nAfdeling debiteuren\nBrightwell Catering Equipment Ltd",
    (
        "nl",
        2,
    ): "Geachte heer, mevrouw,\n\nOndanks onze eerdere herinnering hebben wij de volgende betaling nog niet ontvangen:\n\n{lines}\n\nWij verzoeken u het bedrag binnen 7 dagen te voldoen of ons te laten weten waarom de betaling uitblijft. Geplande onderhoudsbezoeken bij openstaande rekeningen kunnen worden uitgesteld tot het saldo is voldaan.\n\nMet vriendelijke groet,\n\nAfdeling debiteuren\nBrightwell Catering Equipment Ltd",
    (
        "it",
        1,
    ): "Buongiorno,\n\nda un controllo della nostra contabilità risulta ancora aperta la fattura seguente:\n\n{lines}\n\nSe avete già effettuato il pagamento, vi chiediamo gentilmente di comunicarci la data per poterlo abbinare. Per qualsiasi dubbio sulla fattura o per riceverne una copia è sufficiente rispondere a questa e-mail.\n\nCordiali saluti\n\nUfficio incassi\nBrightwell Catering Equipment Ltd",
    (
        "it",
        2,
    ): "Spett.le cliente,\n\nnonostante il nostro precedente promemoria, non abbiamo ancora ricevuto il seguente pagamento:\n\n{lines}\n\nVi preghiamo di provvedere al saldo entro 7 giorni o di comunicarci il motivo del ritardo. Gli interventi di manutenzione programmati sui conti insoluti potrebbero essere rinviati fino alla regolarizzazione.\n\nDistinti saluti\n\nUfficio incassi\nBrightwell Catering Equipment Ltd",
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}
STAGE_OVERDUE_DAYS = {1: 10, 2: 24}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in the reminder's language."""
    value = Decimal(amount)
    whole, cents = f"{value:,.2f}".split(".")
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{whole}.{cents}"
    thousands = " " if lang == "fr" else "."
    figure = whole.replace(",", thousands) + "," + cents
    if lang in {"nl", "it"}:
        return f"€ {figure}"
    return f"{figure} €"


def latin1(text: str) -> str:
    """What a Latin-1 mail client makes of typographic characters it cannot send."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for one message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` stable base32 characters for one message key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number for one message key."""
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


@dataclass(frozen=True)
class Reply:
    """One hand-written message sent to the receivables mailbox, with its labels.

    `when` is the sender's local wall-clock time: UK senders write in BST, everyone else in
    CEST. `invoices` are the (number, amount) lines of the reminder being answered; the
    reminder, the client's locale and the attribution lines are in the language of the text.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    invoices: tuple[tuple[str, str], ...] = ()
    currency: str = ""
    stage: int = 1
    lag: int = 1
    zone: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    threaded: bool = True

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset on the message date."""
        zone = self.zone or ("uk" if self.lang == "en" else "ce")
        return UK if zone == "uk" else CE

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's offset."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return local.replace(second=number(self.key, "second", 60), tzinfo=self.tz)

    @property
    def money_currency(self) -> str:
        """GBP for UK customers, EUR on the continent."""
        return self.currency or ("GBP" if self.tz is UK else "EUR")

    @property
    def invoice_lines(self) -> tuple[tuple[str, str], ...]:
        """The reminder's invoices, with a stable made-up one when none is given."""
        if self.invoices:
            return self.invoices
        inv = f"BCE-{58200 + number(self.key, 'invoice', 600)}"
        cents = 15000 + number(self.key, "amount", 420000)
        return ((inv, f"{Decimal(cents) / 100:.2f}"),)


def lab(*refs: str, note: str | None = None, **fields: str | None) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, message ids, headers and text parts
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Pieces of a localised date for the attribution templates."""
    long_days, short_days = WEEKDAYS[loc]
    long_months, short_months = MONTHS[loc]
    return {
        "wdl": long_days.split()[dt.weekday()],
        "wds": short_days.split()[dt.weekday()],
        "monl": long_months.split()[dt.month - 1],
        "mons": short_months.split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a localised date template."""
    return template.format(**date_fields(loc, dt), **extra)


def working_days_before(day: date, count: int) -> date:
    """The UK working day `count` working days before `day`."""
    while count:
        day -= timedelta(days=1)
        if day.weekday() < 5 and day not in UK_BANK_HOLIDAYS:
            count -= 1
    return day


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out (UK time): the morning run, or minutes before an auto-reply."""
    if r.lag == 0:
        return (r.dt - timedelta(minutes=3 + number(r.key, "lag", 6), seconds=17)).astimezone(UK)
    day = working_days_before(r.dt.astimezone(UK).date(), r.lag)
    return datetime(
        day.year,
        day.month,
        day.day,
        8,
        30 + number(r.key, "run", 25),
        number(r.key, "runs", 60),
        tzinfo=UK,
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder that `key` answers (or that bounced)."""
    return f"<dunmail.{b32(key, 'reminder', 18).lower()}@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sender's mail client's own."""
    raw = digest(r.key, "msgid")
    domain = r.sender[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'ms', 30)}@{b32(r.key, 'host', 8)}.EURP{190 + number(r.key, 'pod', 80)}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}.{number(r.key, 'pid', 99999)}@{domain}>"


def make_charset(name: str, body: str, header_b64: bool = False) -> email_charset.Charset:
    """A Charset with the body and header encodings the client would choose."""
    charset = email_charset.Charset(name)
    body_encoding = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None}[body]
    # None means 8bit (no transfer encoding); typeshed types body_encoding as int only.
    charset.body_encoding = body_encoding  # type: ignore[assignment]
    charset.header_encoding = email_charset.BASE64 if header_b64 else email_charset.QP
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part, encoded the way the client sends it."""
    text.encode(charset)  # the hand-written text must fit the declared charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, make_charset(charset, cte))
    return part


def encode_header(value: str, charset: str, name: str, b64: bool = False) -> str:
    """The header value as the client writes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, make_charset(charset, "qp", b64), header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8", b64: bool = False) -> str:
    """A From/To/Cc mailbox with an encoded display name where needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From', b64)} <{addr}>"


def quote(text: str) -> str:
    """Quote every line with '> ' (bare '>' on empty lines)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape text and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Paragraphs as <div> blocks, the way webmail composes them."""
    return "\n".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in text.split("\n")
    )


def mso(text: str) -> str:
    """Word-generated paragraphs, one per line."""
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) or "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def flow(text: str, prefix: str = "", width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, quoted lines carry `prefix`."""
    out: list[str] = []
    limit = width - len(prefix)
    for hard in text.split("\n"):
        line = hard if hard == "-- " else hard.rstrip(" ")
        pieces: list[str] = []
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            if cut <= 0:
                cut = line.find(" ", limit)
            if cut <= 0:
                break
            pieces.append(line[: cut + 1])
            line = line[cut + 1 :]
        pieces.append(line)
        for piece in pieces:
            if not prefix and piece.startswith((" ", ">", "From ")):
                piece = " " + piece  # space-stuffing
            out.append(f"{prefix}{piece}" if piece else prefix.rstrip())
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# The reminder as sent, and as each client shows it when quoting
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """One overdue reminder from the receivables mailbox."""

    key: str
    lang: str
    stage: int
    invoices: tuple[tuple[str, str], ...]
    currency: str
    to: tuple[str, str]
    sent: datetime

    @property
    def due(self) -> date:
        """Due date of the invoices: a fixed number of days before the reminder."""
        return self.sent.date() - timedelta(
            days=STAGE_OVERDUE_DAYS[self.stage] + number(self.key, "due", 5)
        )

    @property
    def subject(self) -> str:
        """The reminder's subject line."""
        refs = " / ".join(inv for inv, _ in self.invoices)
        days = (self.sent.date() - self.due).days
        return REMINDER_SUBJECT[self.lang, self.stage].format(inv=refs, days=days)

    @property
    def text(self) -> str:
        """The reminder's body."""
        issued = (self.due - timedelta(days=30)).strftime(DATE_FORMAT[self.lang])
        due = self.due.strftime(DATE_FORMAT[self.lang])
        lines = []
        for inv, amount in self.invoices:
            line = REMINDER_LINE[self.lang].format(
                inv=inv, issued=issued, due=due, amt=money(amount, self.currency, self.lang)
            )
            if self.stage == 2:
                line += OVERDUE_NOTE[self.lang].format(days=(self.sent.date() - self.due).days)
            lines.append(line)
        return REMINDER_BODY[self.lang, self.stage].format(lines="\n".join(lines))

    def message(self) -> Message:
        """The reminder as it left the receivables mailbox (returned inside some bounces)."""
        msg = text_part(self.text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = mailbox(*self.to)
        msg["Subject"] = encode_header(self.subject, "utf-8", "Subject")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "dunmail"
        tidy_headers(msg)
        return msg


def reminder_for(r: Reply) -> Reminder:
    """The reminder a reply answers."""
    return Reminder(
        r.key, r.lang, r.stage, r.invoice_lines, r.money_currency, r.sender, reminder_sent(r)
    )


@dataclass(frozen=True)
class Quoted:
    """The reminder seen from the replying client: in its locale, time zone and charset."""

    reply: Reply
    reminder: Reminder

    @property
    def loc(self) -> str:
        """Client locale."""
        return self.reply.lang

    @property
    def sent(self) -> datetime:
        """Reminder time in the sender's zone, as the client displays it."""
        return self.reminder.sent.astimezone(self.reply.tz)

    def fit(self, text: str) -> str:
        """Text as the client can encode it in the reply's charset."""
        return text if self.reply.charset in {"utf-8", "windows-1252"} else latin1(text)

    @property
    def text(self) -> str:
        """The quoted reminder body."""
        return self.fit(self.reminder.text)

    @property
    def subject(self) -> str:
        """The quoted reminder subject."""
        return self.fit(self.reminder.subject)

    @property
    def to(self) -> str:
        """The To: of the reminder as the client shows it."""
        name, addr = self.reply.sender
        return f"{name} <{addr}>" if name else addr

    def outlook_rows(self, sent_template: dict[str, str]) -> list[tuple[str, str]]:
        """The From / Sent / To / Subject rows of an Outlook quote header."""
        _, labels, _ = OUTLOOK_HEAD[self.loc]
        values = (
            f"{AR_NAME} <{AR_ADDR}>",
            fmt(sent_template[self.loc], self.loc, self.sent),
            self.to,
            self.subject,
        )
        return list(zip(labels, values, strict=True))

    def outlook_block(self, sent_template: dict[str, str] = OUTLOOK_SENT) -> str:
        """Outlook's plain-text quote header."""
        sep = OUTLOOK_HEAD[self.loc][2]
        return "\n".join(
            f"{label}{sep}{value}" for label, value in self.outlook_rows(sent_template)
        )

    def attribution(self, templates: dict[str, str], with_addr: bool = True) -> str:
        """A localised 'On …, … wrote:' line."""
        extra = {"name": AR_NAME, "addr": AR_ADDR} if with_addr else {"name": AR_NAME}
        return fmt(templates[self.loc], self.loc, self.sent, **extra)


# --------------------------------------------------------------------------------------------
# Client layouts around the hand-written text
# --------------------------------------------------------------------------------------------


def alternative(r: Reply, plain: str, markup: str, cte: str | None = None) -> Message:
    """multipart/alternative with a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, cte or r.cte))
    outer.attach(text_part(markup, "html", r.charset, cte or r.cte))
    return outer


def word_document(r: Reply, q: Quoted) -> str:
    """Outlook desktop HTML: Word markup, the body, the divider div and the quoted reminder."""
    sep = OUTLOOK_HEAD[q.loc][2].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in q.outlook_rows(OUTLOOK_SENT)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n@page WordSection1 {size:612.0pt 792.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{rows}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, plain text, with the localised Original Message block."""
    divider = OUTLOOK_HEAD[q.loc][0]
    return text_part(
        f"{r.body}\n\n{divider}\n{q.outlook_block()}\n\n{q.text}\n", "plain", r.charset, r.cte
    )


def style_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop HTML: multipart/alternative with Word markup."""
    plain = f"{r.body}\n\n{q.outlook_block()}\n\n{q.text}\n"
    return alternative(r, plain, word_document(r, q))


def style_html_only(r: Reply, q: Quoted) -> Message:
    """Outlook HTML sent without a plain-text alternative."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quoted) -> Message:
    """Outlook on the web: an underscore rule in text, divRplyFwdMsg in HTML."""
    plain = f"{r.body}\n\n{'_' * 32}\n{q.outlook_block()}\n\n{q.text}\n"
    sep = OUTLOOK_HEAD[q.loc][2].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in q.outlook_rows(OUTLOOK_SENT)
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        f'<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{html_text(r.body)}</div>\n'
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font>\n<div>&nbsp;</div>\n</div>\n'
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">{html_text(q.text)}</div></span></font></div>\n'
        "</body>\n</html>\n"
    )
    return alternative(r, plain, markup)


def style_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: both renderings in base64, localised download line."""
    block = q.outlook_block(ANDROID_SENT)
    plain = f"{r.body}\n\n{ANDROID_SIGNATURE[q.loc]}<https://aka.ms/AAb9ysg>\n{'_' * 32}\n{block}\n\n{q.text}\n"
    sep = OUTLOOK_HEAD[q.loc][2].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in q.outlook_rows(ANDROID_SENT)
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body>\n'
        f'<div dir="auto">{html_text(r.body)}</div>\n<div dir="auto"><br></div>\n'
        f'<div class="ms-outlook-mobile-signature" dir="auto">{html.escape(ANDROID_SIGNATURE[q.loc])}</div>\n'
        '<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font>\n<div>&nbsp;</div>\n</div>\n'
        f"<div>{html_text(q.text)}</div>\n</div>\n</body>\n</html>\n"
    )
    return alternative(r, plain, markup, "b64")


def style_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail: multipart/alternative, '>' quoting in text and gmail_quote in HTML."""
    attr = q.attribution(GMAIL_ATTR)
    plain = f"{r.body}\n\n{attr}\n\n{quote(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_blocks(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_text(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def style_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{r.body}\n\n{q.attribution(GMAIL_ATTR)}\n\n{quote(q.text)}\n", "plain", r.charset, r.cte
    )


def style_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on the Mac: multipart/alternative with a cite blockquote."""
    attr = q.attribution(APPLE_ATTR)
    plain = f"{r.body}\n\n{attr}\n\n{quote(q.text)}\n\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_blocks(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attr, quote=False)}</div>'
        f'<br class="Apple-interchange-newline"><div><div>{html_text(q.text)}</div></div></blockquote></div><br></body></html>\n'
    )
    return alternative(r, plain, markup)


def style_iphone(r: Reply, q: Quoted) -> Message:
    """iPhone Mail: plain text, localised signature, the attribution quoted with the text."""
    quoted = quote(f"{q.attribution(APPLE_ATTR)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte
    )


def style_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: format=flowed plain text, attribution without the address."""
    attr = q.attribution(THUNDERBIRD_ATTR, with_addr=False)
    text = f"{flow(r.body)}\n\n{flow(attr)}\n{flow(q.text, '> ')}\n\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quoted) -> Message:
    """An automatic notice: the text alone, quoting nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_html_notice(r: Reply, q: Quoted) -> Message:
    """A system-generated HTML notice (the body is the whole HTML document)."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quoted], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "notice": style_notice,
    "html_notice": style_html_notice,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
QUOTING_STYLES = set(STYLES) - {"notice", "html_notice"}
HEADER_B64_STYLES = {"gmail", "gmail_plain", "android", "outlook_html", "html_only", "owa"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_SHAPE: dict[str, Callable[[str, int], str]] = {
    "gmail": lambda key, n: "0000000000" + digest(key, f"b{n}").hex()[:18],
    "apple": lambda key, n: (
        "Apple-Mail=_"
        + "-".join(
            (
                digest(key, f"b{n}").hex().upper()[i : i + w]
                for i, w in ((0, 8), (8, 4), (12, 4), (16, 4), (20, 12))
            )
        )
    ),
    "android": lambda key, n: "_000_" + b32(key, f"b{n}", 30) + "_",
}


def tidy_headers(msg: Message) -> None:
    """Put the MIME headers after the envelope headers, as mail clients do."""
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_inner_versions(sub, top=enclosed)


def set_boundaries(msg: Message, key: str, shape: str) -> None:
    """Deterministic boundaries in the style of the generating software."""
    prefix = "_000_" if shape in OUTLOOK_FAMILY else "----=_Part_"

    def generic(k: str, n: int) -> str:
        """Outlook-like or generic boundary."""
        return prefix + b32(k, f"b{n}", 26)

    make = BOUNDARY_SHAPE.get(shape, generic)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(make(key, n))


def finish(msg: Message, key: str, shape: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    tidy_headers(msg)
    strip_inner_versions(msg)
    set_boundaries(msg, key, shape)
    return msg


def reply_subject(r: Reply, q: Quoted) -> str:
    """The Subject: line: the client's reply prefix, or a hand-written subject."""
    if r.subject:
        return r.subject.format(rsub=q.subject, auto=AUTO_PREFIX[r.lang])
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY - {"android"} else "Re: "
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply or notice."""
    q = Quoted(r, reminder_for(r))
    msg = STYLES[r.style](r, q)
    b64 = r.style in HEADER_B64_STYLES
    msg["From"] = mailbox(*r.sender, r.charset, b64)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = mailbox(*r.cc, r.charset, b64)
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset, "Subject", b64)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.style in OUTLOOK_FAMILY - {"android"}:
        msg["Thread-Topic"] = encode_header(q.subject, r.charset, "Thread-Topic", b64)
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
    for name, value in (*STYLE_HEADERS.get(r.style, ()), *r.headers):
        msg[name] = value
    return finish(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")
PRECEDENCE_BULK = ("Precedence", "bulk")
PRECEDENCE_AUTO = ("Precedence", "auto_reply")

NORTHMOOR_REMITTANCE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Remittance advice</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222222">
<p><b>Northmoor Hospitals Trust – Shared Finance Service</b></p>
<p style="font-size:16px"><b>REMITTANCE ADVICE</b></p>
<p>This is an automated message. Please do not reply to this address.</p>
<table cellpadding="4" cellspacing="0" border="0">
<tr><td>Payee</td><td>BRIGHTWELL CATERING EQUIPMENT LTD</td></tr>
<tr><td>Supplier number</td><td>0048831</td></tr>
<tr><td>Payment date</td><td>12/05/2028</td></tr>
<tr><td>Payment method</td><td>BACS</td></tr>
<tr><td>Payment reference</td><td>NTH-PAY-0519377</td></tr>
</table>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;margin-top:12px">
<tr style="background:#e8eef4"><th align="left">Invoice number</th><th align="left">Invoice date</th><th align="left">Order number</th><th align="right">Amount (GBP)</th></tr>
<tr><td>BCE-58312</td><td>03/04/2028</td><td>NTH-PO-771204</td><td align="right">3,418.20</td></tr>
<tr><td>BCE-58466</td><td>11/04/2028</td><td>NTH-PO-771398</td><td align="right">266.40</td></tr>
<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>3,684.60</b></td></tr>
</table>
<p>Funds normally reach the payee's account within three working days of the payment date. Please quote the payment reference in any query about this payment.</p>
<p style="color:#777777;font-size:11px">Northmoor Hospitals Trust, Accounts Payable, Level 2, Finance House</p>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gaz Whitlock", "gary@theploughinn-hexham.example"),
        "2028-05-09 21:17",
        "iphone",
        "done",
        lab(note="one-word 'done' answering an overdue reminder reads as paid; no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Northmoor Hospitals Trust – Accounts Payable",
            "ap.remittances@northmoor-hospitals.example",
        ),
        "2028-05-12 06:14",
        "html_notice",
        NORTHMOOR_REMITTANCE,
        lab(
            "BCE-58312",
            "BCE-58466",
            paid_date="2028-05-12",
            payment_reference="NTH-PAY-0519377",
            amount="3684.60",
            currency="GBP",
            note="HTML-only remittance advice from an AP system; the total of both invoices is the amount paid",
        ),
        subject="Remittance advice – payment NTH-PAY-0519377",
        cte="b64",
        threaded=False,
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Dave Ferris", "dave@ferrisfishbar.example"),
        "2028-05-26 15:37",
        "gmail",
        "Paid.\n\nI'm off till Tuesday (bank holiday, then a couple of days at the coast) so ignore the subject, that's just so the lads stop phoning me about rotas. Did it from the banking app about ten minutes ago, should clear Tuesday.\n\nDave\nFerris Fish Bar",
        lab(
            paid_date="2028-05-26",
            note="a person wrote this; the subject only says out of office. Paid from the app 'ten minutes ago'",
        ),
        subject="Out of office till Tuesday",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jens Kowalski", "jens@kowalskis-imbiss.example"),
        "2028-05-18 07:55",
        "iphone",
        "Ist gestern raus. Sorry für die Verspätung\n\nGruß Jens",
        lab(paid_date="2028-05-17", note="'ist gestern raus' = the transfer went out yesterday"),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Grosjean", "intendance@lycee-jeanmoulin-valbonne.example"),
        "2028-05-15 09:12",
        "outlook_html",
        "Bonjour,\n\nLe virement correspondant à la facture BCE-58402 a été effectué le 9 mai par notre agence comptable (référence VIR-AC-2028-01184).\n\nEn revanche, pourriez-vous nous renvoyer la facture au format PDF ? L'exemplaire reçu par courrier est incomplet (il manque la page 2 avec le détail des pièces) et notre agent comptable en a besoin pour le dossier.\n\nBien cordialement,\n\nNathalie Grosjean\nAdjointe gestionnaire – Lycée des métiers de l'hôtellerie Jean-Moulin",
        lab(
            "BCE-58402",
            paid_date="2028-05-09",
            payment_reference="VIR-AC-2028-01184",
            note="paid, plus a request for a copy of the invoice: the payment claim wins",
        ),
        invoices=(("BCE-58402", "2764.80"),),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Karim Benali", "karim.benali.brasserie@gmail.com"),
        "2028-05-23 11:05",
        "gmail_plain",
        "Bonjour,\n\nC'est réglé depuis vendredi par virement, vous devriez l'avoir sur votre compte. Si ce n'est pas le cas dites-le moi.\n\nBonne journée\nKarim\nBrasserie du Marché",
        lab(paid_date="2028-05-19", note="'depuis vendredi' from Tuesday 23 May: Friday 19 May"),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Asesoría Villanueva", "contabilidad@asesoriavillanueva.example"),
        "2028-05-12 09:47",
        "outlook",
        "Buenos días:\n\nEn nombre de nuestro cliente ASADOR LOS ROBLES, S.L., les comunicamos que el pasado 10 de mayo se transfirió el importe de la factura BCE-58633 (1.845,00 EUR) desde su cuenta bancaria habitual, con referencia de la operación 0182-7731-2205.\n\nRogamos lo comprueben y den de baja el aviso de impago.\n\nAtentamente,\n\nPilar Villanueva\nAsesoría Villanueva - Gestión contable y fiscal",
        lab(
            "BCE-58633",
            paid_date="2028-05-10",
            payment_reference="0182-7731-2205",
            amount="1845.00",
            currency="EUR",
            note="accountant paying for a client; 'den de baja el aviso' asks to cancel the reminder, it is not an unsubscribe",
        ),
        invoices=(("BCE-58633", "1845.00"),),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Rubén Domingo", "rubendomingo.bar@hotmail.com"),
        "2028-06-01 13:20",
        "android",
        "ya está pagado!! lo hizo mi socio el lunes, mirad bien porque es la segunda vez que pasa\n\nRubén\nBar Casa Domingo",
        lab(paid_date="2028-05-29", note="'el lunes' from Thursday 1 June: Monday 29 May"),
        stage=2,
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sanne de Wit", "sanne@eetcafedeschaapskooi.example"),
        "2028-05-22 16:30",
        "apple",
        "Hoi,\n\nIs vandaag overgemaakt, excuses voor de vertraging. We zaten midden in de verbouwing van de keuken en de post bleef liggen.\n\nGroet,\nSanne\nEetcafé De Schaapskooi",
        lab(paid_date="2028-05-22"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Zorggroep Lindehof – Crediteurenadministratie",
            "noreply-betalingen@zorggroep-lindehof.example",
        ),
        "2028-05-24 05:02",
        "notice",
        "Geachte leverancier,\n\nHierbij ontvangt u de specificatie van de betaling die Zorggroep Lindehof vandaag aan u heeft overgemaakt.\n\nLeveranciersnummer : 300482\nBetaaldatum        : 24-05-2028\nBetalingskenmerk   : 5009 3321 0478 1123\n\nFactuurnummer   Factuurdatum   Bedrag\nBCE-58711       12-04-2028     € 1.905,00\nBCE-58712       12-04-2028     €   213,75\n----------------------------------------\nTotaal                         € 2.118,75\n\nDit bericht is automatisch verzonden. Vragen over deze betaling kunt u richten aan crediteuren@zorggroep-lindehof.example onder vermelding van het betalingskenmerk.",
        lab(
            "BCE-58711",
            "BCE-58712",
            paid_date="2028-05-24",
            payment_reference="5009 3321 0478 1123",
            amount="2118.75",
            currency="EUR",
            note="payment advice from an AP system; the query address in it is not a new contact",
        ),
        subject="Betalingsadvies Zorggroep Lindehof 24-05-2028",
        threaded=False,
        headers=(AUTO_GENERATED, PRECEDENCE_BULK),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Amministrazione Hotel Belvedere Lario", "amministrazione@hotelbelvederelario.example"),
        "2028-05-17 11:48",
        "outlook_html",
        "Buongiorno,\n\nvi informiamo che in data odierna abbiamo disposto il bonifico a saldo delle fatture BCE-58277 e BCE-58301, per un totale di € 6.240,00 (CRO 84120563917).\n\nVi preghiamo di aggiornare la nostra posizione.\n\nCordiali saluti\n\nUfficio Amministrazione\nHotel Belvedere Lario",
        lab(
            "BCE-58277",
            "BCE-58301",
            paid_date="2028-05-17",
            payment_reference="84120563917",
            amount="6240.00",
            currency="EUR",
            note="'in data odierna' is the message date; the CRO is the payment reference",
        ),
        invoices=(("BCE-58277", "4880.00"), ("BCE-58301", "1360.00")),
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Giuseppe Rota", "beppe.rota61@libero.it"),
        "2028-05-12 08:03",
        "android",
        "gia pagato ieri sera col home banking controlla pure ciao beppe",
        lab(paid_date="2028-05-11", note="no punctuation, no accents; 'ieri sera' = 11 May"),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Sophie Marsh", "purchase.ledger@kestrelhotels.example"),
        "2028-05-16 10:22",
        "outlook_html",
        "Hi,\n\nThis one has been approved and is on Friday's payment run, so it should reach you by early next week.\n\nKind regards,\nSophie Marsh\nPurchase Ledger Assistant\nKestrel Hotels & Resorts – Central Finance",
        lab(
            promised_date="2028-05-19",
            note="past tense 'has been approved' announces Friday's run (Fri 19 May)",
        ),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Marco Rinaldi", "marco@rinaldistrattoria-leeds.example"),
        "2028-05-11 23:05",
        "iphone",
        "WILL SORT IT END OF THE MONTH WHEN THE WEDDING MONEY COMES IN. BEEN A SLOW APRIL\n\nM",
        lab(promised_date="2028-05-31", note="all caps from a phone; 'end of the month' → 31 May"),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Bernadette Kowalczyk", "manager@heatherbankcarehome.example"),
        "2028-05-19 14:48",
        "thunderbird",
        "Hello,\n\nSorry I have not replied sooner, it has been one of those months. We had our inspection on the 4th, then our cook left with a week's notice and I have been doing breakfasts myself most days, and on top of that the laundry tumble dryer (not one of yours!) packed in. I only found your letter and the two emails last night when I was clearing the office inbox.\n\nYour engineer who serviced the dishwasher in March was lovely by the way, the residents still ask after him.\n\nAnyway, Graham our finance director only comes in on Thursdays to sign off payments, so I will put this in front of him next Thursday and make sure it goes out that day. I have put a sticky note on his screen.\n\nPlease don't cancel the kitchen service visit in the meantime, we really need it before the summer.\n\nBest wishes,\nBernadette\nHeatherbank Care Home",
        lab(
            promised_date="2028-05-25",
            note="long reply with the promise buried; 'next Thursday' from Friday 19 May is 25 May",
        ),
        stage=2,
        cte="8bit",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Klinikum Auental – Kreditorenbuchhaltung", "kreditoren@klinikum-auental.example"),
        "2028-05-17 13:05",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung BCE-58520 ist sachlich und rechnerisch geprüft und zur Zahlung in KW 22 vorgesehen.\n\nBei Rückfragen wenden Sie sich gern an mich.\n\nMit freundlichen Grüßen\ni. A. Birgit Hollmann\n\nKlinikum Auental gGmbH\nFinanz- und Rechnungswesen / Kreditoren",
        lab(
            "BCE-58520",
            promised_date="2028-05-29",
            note="'in KW 22' (29 May – 4 June) → the Monday of that week",
        ),
        invoices=(("BCE-58520", "8946.30"),),
        stage=2,
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Thorsten Krämer", "t.kraemer.grill@gmx.de"),
        "2028-05-26 21:14",
        "apple",
        "Noch nicht, sorry! Am Wochenende ist Stadtfest, danach hab ich wieder Luft. Montag überweis ich's.\n\nGruß\nThorsten Krämer\nKrämers Grillhütte",
        lab(
            promised_date="2028-05-29",
            note="'noch nicht' followed by a dated promise; Monday after Friday 26 May",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Comptabilité fournisseurs", "fournisseurs@azur-rivage-hotels.example"),
        "2028-05-09 15:30",
        "outlook",
        "Bonjour,\n\nVotre facture a bien été enregistrée et sera réglée en fin de mois, avec l'échéance fournisseurs habituelle.\n\nCordialement,\n\nSandrine Mallet\nComptabilité fournisseurs\nGroupe Azur Rivage Hôtels",
        lab(promised_date="2028-05-31", note="'en fin de mois' → 31 May"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Francisco Gil", "fgil@colegiosanagustin-teruel.example"),
        "2028-05-23 10:40",
        "outlook",
        "Buenos días,\n\nDisculpen el retraso. En el colegio pagamos a proveedores los días 15 de cada mes, así que esta factura irá en la remesa del día 15.\n\nSaludos cordiales,\n\nFrancisco Gil\nAdministración\nColegio San Agustín",
        lab(promised_date="2028-06-15", note="'el día 15' written on 23 May → 15 June"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Marisa Prieto", "marisa@laterrazadelpuerto.example"),
        "2028-06-01 18:02",
        "iphone",
        "Perdona, se nos pasó con el lío del arranque de temporada. Lo dejo programado para finales de mes sin falta.\n\nMarisa",
        lab(
            promised_date="2028-06-30",
            note="written on 1 June, so 'finales de mes' is the end of June",
        ),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Bram Hoekstra", "bram@brasseriehetveer.example"),
        "2028-05-15 12:12",
        "gmail",
        "Hallo,\n\nExcuses, de factuur is bij mij blijven liggen. Ik maak het hele bedrag over twee weken over, eerder lukt helaas niet.\n\nGroet,\nBram Hoekstra\nBrasserie Het Veer",
        lab(
            promised_date="2028-05-29",
            note="'over twee weken' = 15 May + 14 days; one payment of the whole amount, so a promise",
        ),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Ilse Verbeek", "crediteuren@hotelgroepnoordzee.example"),
        "2028-05-26 09:15",
        "outlook",
        "Goedemorgen,\n\nDe factuur is inmiddels goedgekeurd en ingepland in de betaalrun van donderdag 1 juni.\n\nMet vriendelijke groet,\n\nIlse Verbeek\nCrediteurenadministratie\nHotelgroep Noordzee",
        lab(
            promised_date="2028-06-01",
            note="past tense 'goedgekeurd en ingepland' announces a future payment run",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Dott.ssa Chiara Ferri", "c.ferri@studioferri-commercialisti.example"),
        "2028-05-22 16:05",
        "outlook_html",
        "Buongiorno,\n\nscrivo per conto del nostro cliente Pasticceria Dolce Borgo s.n.c., che mi ha girato il vostro sollecito. Il cliente mi conferma che provvederà al saldo della fattura entro fine mese.\n\nResto a disposizione per eventuali chiarimenti.\n\nCordiali saluti\n\nDott.ssa Chiara Ferri\nStudio Ferri – Commercialisti associati",
        lab(
            promised_date="2028-05-31",
            note="accountant writing for the client; 'entro fine mese' → 31 May",
        ),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Luca Moretti", "luca.moretti@mensaaziendale-brianza.example"),
        "2028-05-26 08:50",
        "gmail",
        "Ciao,\n\nla fattura è in pagamento con la distinta del 09/06. Se vi serve altro fatemi sapere.\n\nLuca",
        lab(promised_date="2028-06-09", note="'09/06' in Italian order is 9 June"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Helen Cartwright", "helen@cartwrightskitchen.example"),
        "2028-05-10 11:31",
        "outlook",
        "Hi,\n\nWe paid £4,950 for the oven itself last Thursday. What we haven't paid is the £680 for installation, and we won't be – your fitters left the extraction connection unfinished and we had to get our own gas engineer in on the Saturday to make it safe before service. I've got his invoice if you want to see it.\n\nHappy to talk about it but please don't chase us for the £680 as if we'd just forgotten.\n\nHelen Cartwright\nOwner, Cartwright's Kitchen",
        lab(
            note="part paid, the installation charge contested: dispute wins over the payment claim"
        ),
        invoices=(("BCE-58361", "5630.00"),),
        charset="windows-1252",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Sam Oyelaran", "sam.oyelaran.kitchen@gmail.com"),
        "2028-05-15 22:40",
        "gmail_plain",
        "We have NOT paid this because the blast chiller you installed still trips the breaker every time it goes into hard chill. I've logged it with your service desk three times (last one 2nd May) and nobody has come back to us.\n\nFix it and you'll get paid. Until then there's nothing to chase.\n\nSam",
        lab(note="negated payment with a fault as the reason"),
        stage=2,
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Rachel Dunmore", "bursar@fernleighprimary.example"),
        "2028-05-18 13:15",
        "outlook_html",
        'Dear Receivables team,\n\nI am querying invoice BCE-58390. It charges a call-out fee and two hours\' labour for the visit on 19 April, but that visit was to repair the dishwasher you installed in February, which is still under its 12-month warranty. Your engineer confirmed this on site and wrote "warranty" on the job sheet, a copy of which I can send.\n\nPlease cancel the invoice or issue a credit note.\n\nKind regards,\n\nRachel Dunmore\nSchool Business Manager\nFernleigh Primary School',
        lab("BCE-58390", note="warranty call-out billed"),
        invoices=(("BCE-58390", "198.00"),),
        headers=(SUPPRESS,),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Petra Vogt", "p.vogt@kantinenservice-rheinland.example"),
        "2028-05-11 09:26",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nder Rechnung BCE-58552 widersprechen wir hiermit. Abgerechnet sind 6,5 Monteurstunden für die Reparatur des Kombidämpfers am 12.04.; laut dem von unserem Küchenchef gegengezeichneten Arbeitsbericht war Ihr Techniker von 9:10 bis 12:40 Uhr vor Ort, also 3,5 Stunden.\n\nBitte senden Sie uns eine korrigierte Rechnung. Den unstrittigen Teil (Ersatzteile) überweisen wir nach Eingang der Korrektur.\n\nMit freundlichen Grüßen\n\nPetra Vogt\nKantinenservice Rheinland GmbH\nEinkauf & Rechnungsprüfung",
        lab(
            "BCE-58552",
            note="hours on the job report contested; the corrected-invoice request and the conditional payment are secondary",
        ),
        invoices=(("BCE-58552", "1187.62"),),
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Sepp Huber", "sepp@gasthof-lindenwirt.example"),
        "2028-05-22 12:05",
        "iphone",
        "DIE SPÜLMASCHINE LÄUFT IMMER NOCH NICHT RICHTIG!!! SPÜLT NICHT HEISS GENUG, DIE GLÄSER SIND MILCHIG. ICH ZAHL NIX BEVOR DAS DING GEHT. RUFEN SIE MICH AN\n\nSepp Huber",
        lab(note="all caps; refusal to pay until the faulty machine works"),
        stage=2,
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Claire Dumas", "claire@brasserieleprogres.example"),
        "2028-05-16 17:20",
        "gmail",
        "Bonjour,\n\nCette facture fait doublon avec la BCE-58419 : même intervention (remplacement du thermostat de la friteuse le 18 avril), même montant, et celle-là nous l'avons déjà réglée début mai.\n\nMerci de vérifier de votre côté et de nous envoyer un avoir pour la BCE-58471.\n\nClaire Dumas\nBrasserie Le Progrès",
        lab(
            "BCE-58419",
            "BCE-58471",
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        invoices=(("BCE-58471", "312.00"),),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Jean-Marc Lefèvre", "jm.lefevre@ehpad-lesglycines.example"),
        "2028-05-24 10:08",
        "apple",
        "Madame, Monsieur,\n\nLe lave-vaisselle livré le 2 mai n'est pas celui qui figure sur notre bon de commande : nous avions commandé un modèle à capot avec adoucisseur intégré, nous avons reçu un modèle frontal sans adoucisseur. Votre commercial, M. Berthier, en a été informé le jour même.\n\nTant que l'appareil commandé n'aura pas été livré et installé, nous ne réglerons pas cette facture.\n\nCordialement,\n\nJean-Marc Lefèvre\nDirecteur – EHPAD Les Glycines",
        lab(note="wrong model delivered"),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Iñaki Etxeberria", "inaki@sidreriaetxeberria.example"),
        "2028-05-19 13:40",
        "thunderbird",
        "Hola,\n\nEl presupuesto que aceptamos en marzo (n.º P-2204) era de 2.900 € + IVA por la cámara frigorífica montada. La factura viene por 3.480 € + IVA, con un «suplemento de montaje» que nadie nos mencionó.\n\nLa diferencia no la vamos a pagar. Si nos mandáis una factura ajustada al presupuesto, la pagamos esa misma semana.\n\nUn saludo,\nIñaki Etxeberria\nSidrería Etxeberria",
        lab(
            note="invoice above the accepted quote; payment of a corrected invoice is conditional and secondary"
        ),
        invoices=(("BCE-58605", "4210.80"),),
        cte="8bit",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Fleur Jansen", "f.jansen@roc-horeca-twente.example"),
        "2028-05-12 14:55",
        "outlook",
        "Geachte heer, mevrouw,\n\nBij de installatie van de nieuwe kookeilanden in ons praktijklokaal op 20 april is de gietvloer op drie plekken beschadigd. Dit is door uw monteurs zelf gemeld en op de opleverbon genoteerd. Zolang er geen afspraak ligt over herstel of vergoeding, houden wij de betaling van deze factuur aan.\n\nMet vriendelijke groet,\n\nFleur Jansen\nFacilitair Bedrijf\nROC Horeca Twente",
        lab(note="damage during installation; payment withheld"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Joost van Dam", "joost@cafedevriendschap.example"),
        "2028-05-30 09:55",
        "gmail",
        "Goedemorgen,\n\nDeze factuur klopt niet. Het onderhoudscontract hebben we per 1 januari opgezegd, schriftelijk en per mail (op 14 november, ik heb jullie bevestiging nog). Toch krijgen we nu een rekening voor het tweede kwartaal.\n\nDie gaan we dus niet betalen. Graag een creditnota.\n\nJoost van Dam\nCafé De Vriendschap",
        lab(note="billed for a cancelled maintenance contract"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Roberto Galli", "economato@ao-valdisole.example"),
        "2028-05-18 15:20",
        "outlook_html",
        "Buongiorno,\n\ncon riferimento al vostro sollecito, segnaliamo che il forno combinato della cucina centrale, oggetto dell'intervento fatturato, è nuovamente fuori servizio dal giorno successivo alla riparazione (errore E34 al generatore di vapore). La segnalazione è stata inviata al vostro servizio tecnico il 5 maggio, senza alcun riscontro.\n\nLa fattura è pertanto contestata e sospesa fino al ripristino della funzionalità dell'apparecchiatura.\n\nDistinti saluti\n\nRoberto Galli\nUfficio Economato – Azienda Ospedaliera Val di Sole",
        lab(note="repair did not hold; public hospital suspends the invoice"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Silvia Marini", "silvia.pasticceriamarini@gmail.com"),
        "2028-05-31 19:02",
        "gmail_plain",
        "Buonasera,\nla fattura dell'abbattitore l'abbiamo pagata la settimana scorsa. La BCE-58590 invece no: è la guarnizione della cella che si è rotta dopo due mesi, era in garanzia e il tecnico stesso ha detto che non ci sarebbe stato nessun addebito.\nAspetto una nota di credito.\nSilvia Marini",
        lab("BCE-58590", note="one invoice paid, the other contested: dispute"),
        invoices=(("BCE-58588", "7320.00"), ("BCE-58590", "186.00")),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Jo Pennington", "hello@bluedoorcafe-hebden.example"),
        "2028-05-10 16:44",
        "gmail",
        "Hi there,\n\nI'm really sorry about this. Since the council closed the main road for the bridge works in March we've lost about half our passing trade and things are very tight. I'm not trying to avoid paying, I just can't do it all in one go.\n\nWould £250 a month be OK until it's cleared? I could make the first payment this Friday.\n\nThanks for understanding,\nJo\nThe Blue Door Café",
        lab(
            note="hardship and monthly instalments; the first instalment date is not a promise date"
        ),
        invoices=(("BCE-58349", "1460.00"),),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Kev Doyle", "kevdoyle.events@outlook.com"),
        "2028-05-30 08:12",
        "android",
        "Morning. Sent £1,000 over just now, I'll clear the rest by the end of June once the summer events start paying. Cheers Kev",
        lab(note="part payment now plus the rest later → payment_plan, not payment_sent"),
        invoices=(("BCE-58415", "2870.00"),),
        stage=2,
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Eleanor Prescott", "e.prescott@prescottwhyte-law.example"),
        "2028-05-25 11:00",
        "outlook_html",
        "Dear Sirs,\n\nOur client: Mr Raymond Okafor t/a Okafor's Kitchen\nYour invoice: BCE-58644\n\nWe act for Mr Okafor, who has passed to us your reminder of 23 May.\n\nOur client does not dispute the sum due. However, following the temporary closure of his premises for flood repairs, he is not in a position to settle the balance of £3,240.00 in a single payment. He proposes six equal monthly instalments of £540.00, the first on 30 June 2028 and the remainder on the last working day of each following month.\n\nWe should be grateful for your confirmation that this proposal is acceptable.\n\nYours faithfully,\n\nEleanor Prescott\nSolicitor\nPrescott Whyte LLP",
        lab(
            "BCE-58644",
            note="a solicitor proposing instalments for a client: payment_plan; nothing asks to stop contact or to go only through the firm",
        ),
        invoices=(("BCE-58644", "3240.00"),),
        stage=2,
        lag=2,
        charset="windows-1252",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Ayşe Demir", "a.demir@demirs-grillhaus.example"),
        "2028-05-16 19:30",
        "gmail",
        "Hallo,\n\nwäre eine Ratenzahlung möglich? Wir könnten dreimal 1.050 € zahlen, jeweils am Monatsanfang, die erste Rate am 1. Juni.\n\nDas Geschäft läuft gut, aber die neue Lüftungsanlage hat uns dieses Frühjahr einfach viel Geld gekostet.\n\nViele Grüße\nAyşe Demir\nDemirs Grillhaus",
        lab(note="three instalments proposed"),
        invoices=(("BCE-58531", "3150.00"),),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Gisela Brandt", "buchhaltung@hotel-zurpost-mittenwald.example"),
        "2028-05-12 10:10",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nnach dem Umbau unserer Hotelküche ist unsere Liquidität derzeit angespannt. Wir bitten Sie daher um einen Zahlungsaufschub bis Ende Juni. Die Saison beginnt in zwei Wochen, danach können wir den Betrag vollständig ausgleichen.\n\nFür Ihr Verständnis bedanken wir uns im Voraus.\n\nMit freundlichen Grüßen\nGisela Brandt\nBuchhaltung Hotel Zur Post",
        lab(
            note="request for more time because of tight cash: payment_plan; the deferral date is not a promise date"
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sébastien Roux", "s.roux@roux-traiteur.example"),
        "2028-05-18 07:40",
        "android",
        "Bonjour,\nEst ce qu'on pourait échelonner en 3 fois ? Juin, juillet, août. Le début de saison a été compliqué avec la météo.\nMerci\nSébastien\nRoux Traiteur",
        lab(note="three instalments, hardship; typo 'pourait'"),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Hélène Marchal", "compta@hotel-lesterrasses-annecy.example"),
        "2028-05-31 11:25",
        "thunderbird",
        "Bonjour,\n\nNous avons viré ce matin 1 500 € en acompte sur cette facture. Le solde suivra début juillet, après l'encaissement des premiers séminaires de la saison.\n\nMerci de votre compréhension.\n\nHélène Marchal\nHôtel Les Terrasses",
        lab(note="part paid this morning, the rest 'début juillet': payment_plan"),
        invoices=(("BCE-58577", "4926.00"),),
        stage=2,
        cte="8bit",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Carmen Ruiz", "carmen@cateringlaencina.example"),
        "2028-05-11 10:02",
        "gmail",
        "Hola,\n\n¿Podríamos pagarlo en dos plazos? La mitad ahora, esta semana, y la otra mitad a finales de junio. Nos han cancelado varios eventos y vamos justos.\n\nGracias,\nCarmen Ruiz\nCatering La Encina",
        lab(note="two instalments proposed"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Toni Ferrer", "toni@chiringuitoesperit.example"),
        "2028-05-29 23:10",
        "iphone",
        "Hola buenas, te escribo yo directamente porque la gestoría está de vacaciones. Te cuento: en abril se nos inundó el almacén con la tormenta y perdimos género y la mitad de la maquinaria pequeña, el seguro todavía no ha pagado nada y estamos abriendo a medio gas. La factura de la freidora la quiero pagar, eh, no es que no quiera, pero ahora mismo no puedo de golpe. Si me dejáis pagar un poco cada mes hasta septiembre lo voy quitando, o si preferís esperar a que pague el seguro también me vale. Dime algo.\n\nToni",
        lab(note="long hardship message; monthly payments or waiting for the insurer"),
        stage=2,
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Petra Smit", "administratie@lunchroomdezon.example"),
        "2028-05-19 11:11",
        "outlook_html",
        "Goedemiddag,\n\nIs het mogelijk om het openstaande bedrag in vier maandelijkse termijnen te voldoen? De eerste termijn kunnen we eind mei overmaken.\n\nWij horen graag of u hiermee akkoord gaat.\n\nMet vriendelijke groet,\n\nPetra Smit\nLunchroom De Zon",
        lab(note="four monthly instalments"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Gianni Colombo", "amministrazione@albergoilfaggio.example"),
        "2028-05-15 09:40",
        "outlook",
        "Spett.le Brightwell,\n\nin riferimento al Vostro sollecito, Vi chiediamo la cortesia di poter rateizzare l'importo in quattro rate mensili di pari importo, a partire dal 30 giugno p.v.\n\nRestiamo in attesa di un Vostro cortese riscontro.\n\nDistinti saluti\n\nGianni Colombo\nAlbergo Ristorante Il Faggio",
        lab(note="very formal request to pay in four instalments"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Valentina Rossi", "valentina.rossi.bistrot@gmail.com"),
        "2028-06-02 13:35",
        "iphone",
        "ciao, scusate il ritardo, abbiamo avuto un problema col fido in banca. posso fare metà adesso e metà entro fine giugno? fatemi sapere\n\nValentina",
        lab(note="half now, half 'entro fine giugno': payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Andrew Pike", "schoolmeals.finance@eastmarsh.example"),
        "2028-05-12 14:03",
        "outlook",
        "Good afternoon,\n\nWe are unable to pay invoice BCE-58497 as it does not quote an official order number. All invoices to the Council must show a valid PO.\n\nPlease reissue the invoice quoting PO 4500219873 and send it to this mailbox. Once we receive it, it will be paid in the next available payment run.\n\nRegards\n\nAndrew Pike\nSchools Catering – Finance Support\nEast Marsh Borough Council",
        lab("BCE-58497", note="payment conditional on a reissue with the PO: invoice_request"),
        invoices=(("BCE-58497", "1934.40"),),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Tina Robson", "tinas.cafe.tyne@gmail.com"),
        "2028-05-09 13:20",
        "gmail_plain",
        "did we not pay this?? im sure i paid everything up to the end of april. can you send me a statement so i can check it against the bank\n\nTina\nTina's Café",
        lab(note="a question about payment plus a statement request; no payment claimed"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Lotte Bakker", "ap@vanleeuwenhotels.example"),
        "2028-05-17 10:44",
        "outlook_html",
        "Dear Brightwell team,\n\nBefore we can release payment of this invoice we need to verify your bank details. Under our group's new supplier policy, please send us a letter on company letterhead, signed by a director, confirming your IBAN and account name.\n\nAs soon as we have received and checked it, the invoice will be included in our next payment run.\n\nKind regards,\n\nLotte Bakker\nAccounts Payable\nVan Leeuwen Hotels B.V.",
        lab(
            note="bank-detail confirmation needed before paying; English-writing AP team in Amsterdam, so CEST and EUR"
        ),
        zone="ce",
        currency="EUR",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        (
            "Landratsamt Hohenberg – Rechnungseingang",
            "rechnungseingang@landkreis-hohenberg.example",
        ),
        "2028-05-10 08:55",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung BCE-58472 (Wartung der Schulküchen, 1. Quartal) kann von uns nicht bearbeitet werden, da sie lediglich als PDF eingegangen ist. Rechnungen an den Landkreis sind als XRechnung über die zentrale Rechnungseingangsplattform einzureichen; bitte geben Sie dabei die Leitweg-ID 08337-00412-61 an.\n\nNach Eingang der elektronischen Rechnung erfolgt die Zahlung innerhalb der vereinbarten Frist.\n\nMit freundlichen Grüßen\nIm Auftrag\nMarkus Feldmann\nLandratsamt Hohenberg – Kämmerei",
        lab(
            "BCE-58472",
            note="the invoice must be resubmitted as an e-invoice before payment; nothing is contested",
        ),
        invoices=(("BCE-58472", "2618.00"),),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Daniel Brenner", "kueche@seehotel-amufer.example"),
        "2028-05-23 15:50",
        "iphone",
        "Hallo, können Sie mir bitte den Servicebericht zu dem Einsatz schicken? Ohne den gibt die Verwaltung die Rechnung nicht frei. Danke\n\nD. Brenner\nKüchenchef",
        lab(note="service report needed before the invoice is released"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Aurélie Masson", "aurelie.masson.boulangerie@orange.fr"),
        "2028-05-11 12:32",
        "iphone",
        "Bonjour, vous pouvez me renvoyer la facture svp ? Je ne la retrouve pas. Merci",
        lab(),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Mairie de Saint-Véran-les-Pins", "finances@mairie-stveran.example"),
        "2028-05-17 16:12",
        "html_only",
        "Madame, Monsieur,\n\nAfin de pouvoir mandater votre facture, la trésorerie nous demande un relevé d'identité bancaire original au nom de votre société ainsi que votre numéro de TVA intracommunautaire, qui ne figure pas sur la facture.\n\nDès réception de ces pièces, le mandat sera transmis au comptable public pour paiement.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nLe service des finances\nMairie de Saint-Véran-les-Pins",
        lab(note="bank details and VAT number needed before a public body can pay; HTML-only"),
        stage=2,
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Elena Sanz", "administracion@hotelmiramar-cadiz.example"),
        "2028-05-16 12:00",
        "outlook",
        "Buenos días:\n\nLes recordamos que desde enero la sociedad titular del hotel es MIRAMAR HOSPITALITY 2027, S.L., con CIF B72418350. Su factura sigue emitida a nombre de la sociedad anterior y no podemos contabilizarla.\n\nRogamos nos remitan una factura rectificativa con los datos correctos y procederemos a su pago.\n\nUn saludo,\n\nElena Sanz\nAdministración - Hotel Miramar",
        lab(note="reissue to the new legal entity; the amount is not contested"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Paco Jiménez", "pacojimenez.cocina@gmail.com"),
        "2028-05-26 10:15",
        "gmail_plain",
        "buenas me podeis mandar otra vez la factura? nose donde la puse y la gestoria me la pide. gracias",
        lab(note="no accents, typo 'nose' for 'no sé'"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Gemeente Westerzand – Team Crediteuren", "crediteuren@westerzand.example"),
        "2028-05-11 11:30",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij hebben uw factuur ontvangen, maar kunnen deze niet in behandeling nemen omdat het inkoopordernummer ontbreekt. Wilt u de factuur opnieuw aanbieden met vermelding van ons ordernummer 2028-INK-00314? Na ontvangst wordt de factuur binnen de betaaltermijn voldaan.\n\nMet vriendelijke groet,\n\nTeam Crediteuren\nGemeente Westerzand",
        lab(note="PO number missing; payment after the reissue"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Ruud Meijer", "ruud@snackbarmeijer.example"),
        "2028-05-30 14:05",
        "apple",
        "Waar is deze factuur eigenlijk voor? Ik heb hier deze maand geen monteur gezien. Stuur even een specificatie of de werkbon mee.\n\nRuud",
        lab(note="asks what the charge is and for the job sheet; not yet a dispute"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Marta Bellini", "ufficio.acquisti@ipsar-montecorvo.example"),
        "2028-05-19 09:05",
        "thunderbird",
        "Buongiorno,\n\nla fattura indicata nel sollecito non ci risulta pervenuta tramite Sistema di Interscambio. Essendo una pubblica amministrazione, possiamo pagare solo fatture elettroniche che riportino il nostro codice univoco ufficio UFH7Q2 e il CIG dell'affidamento.\n\nVi chiediamo di emetterla nuovamente con questi dati; una volta ricevuta sarà liquidata nei termini.\n\nCordiali saluti\n\nMarta Bellini\nUfficio Acquisti – Istituto Alberghiero Montecorvo",
        lab(note="e-invoice through the public exchange system needed before payment"),
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@themarlowearms.example"),
        "2028-05-16 09:58",
        "owa",
        "Hello,\n\nPlease be advised that The Marlowe Arms has changed its accounts process. With immediate effect all statements, reminders and remittances should be sent to our new accounts mailbox: marlowearms.payables@gmail.com\n\nThis address will no longer be monitored for supplier correspondence. Kindly update your records and confirm once done.\n\nRegards,\nAccounts Department\nThe Marlowe Arms",
        lab(
            new_contact="marlowearms.payables@gmail.com",
            note="reads like a redirection scam (free-mail box, 'confirm once done'); labelled by what it says, a person must verify before anything is changed",
        ),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Chris Naylor", "c.naylor@fernbrookacademy.example"),
        "2028-05-22 18:20",
        "iphone",
        "Hi, I left Fernbrook in April so can't help with this I'm afraid. Try the finance office, finance@fernbrookacademy.example\n\nChris",
        lab(new_contact="finance@fernbrookacademy.example"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Lee Barraclough", "lee@barracloughplumbing.example"),
        "2028-06-01 07:12",
        "gmail_plain",
        "Think you've got the wrong company mate, we're plumbers in Halifax, never bought anything off you. Probably the Barraclough's Bakery lot down the road?",
        lab(note="wrong recipient altogether; a business is named but no address"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Stefan Weber", "s.weber@parkhotel-sonnenhang.example"),
        "2028-05-15 16:40",
        "outlook_html",
        "Guten Tag,\n\nich bin der Küchenchef und habe mit Rechnungen leider nichts zu tun. Zuständig ist unsere Buchhaltung in der Zentrale, bitte schreiben Sie an buchhaltung@sonnenhang-hotels.example.\n\nViele Grüße\nStefan Weber\nKüchenchef Parkhotel Sonnenhang",
        lab(new_contact="buchhaltung@sonnenhang-hotels.example"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Restaurant La Table d'Hugo", "contact@latabledhugo.example"),
        "2028-05-10 15:15",
        "outlook",
        "Bonjour,\n\nCette adresse est celle des réservations du restaurant. Toute notre comptabilité est tenue par notre cabinet ; merci d'adresser vos relances à Mme Fabre : s.fabre@cabinet-fabre-expertise.example\n\nCordialement,\nHugo",
        lab(new_contact="s.fabre@cabinet-fabre-expertise.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Martine Leroy", "martine.leroy.59@gmail.com"),
        "2028-05-29 10:30",
        "gmail",
        "Bonjour,\n\nJe ne fais plus partie de la Boulangerie Delattre depuis le mois de mars. Il faut voir directement avec M. Delattre, je n'ai pas son adresse mail.\n\nCordialement\nMartine Leroy",
        lab(note="left the business; a name but no address, so no new_contact"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Hotel Sierra Alta", "recepcion@hotelsierraalta.example"),
        "2028-05-12 20:45",
        "apple",
        "Buenas tardes:\n\nEste correo es el de recepción y no gestionamos facturas. Por favor, envíenlo a administracion@hotelsierraalta.example, que es quien lleva los pagos a proveedores.\n\nUn saludo,\nRecepción – Hotel Sierra Alta",
        lab(new_contact="administracion@hotelsierraalta.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Antonio Navarro", "antonio@restauranteelolivo.example"),
        "2028-05-23 09:25",
        "outlook_html",
        "Buenos días,\n\nLes pongo en copia a Marta, de nuestra gestoría (Contabilidad@GestoriaLorca.example), que es quien lleva ahora los pagos. A partir de ahora diríjanse a ella, por favor.\n\nGracias,\nAntonio Navarro\nRestaurante El Olivo",
        lab(
            new_contact="contabilidad@gestorialorca.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc=("Marta Gómez", "Contabilidad@GestoriaLorca.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Erik de Boer", "e.deboer@zorgcentrum-deberkenhof.example"),
        "2028-05-18 09:20",
        "outlook",
        "Goedemorgen,\n\nU mailt naar de technische dienst. Facturen worden bij ons verwerkt door de financiële administratie: crediteuren@deberkenhof.example. Wilt u het daarheen sturen?\n\nMet vriendelijke groet,\nErik de Boer\nTechnische Dienst",
        lab(new_contact="crediteuren@deberkenhof.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Restaurant De Gouden Leeuw", "inkoop@degoudenleeuw.example"),
        "2028-05-24 09:36",
        "notice",
        "Dit is een automatisch bericht.\n\nHet adres inkoop@degoudenleeuw.example wordt sinds 1 mei niet meer gelezen. Facturen, herinneringen en andere post voor de administratie graag voortaan naar administratie@degoudenleeuw.example.\n\nUw bericht is niet doorgestuurd.",
        lab(
            new_contact="administratie@degoudenleeuw.example",
            note="automatic 'mailbox no longer read' notice naming a new address: wrong_contact, not auto_reply",
        ),
        subject="Dit adres is niet meer in gebruik",
        lag=0,
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Fabio Conti", "fabio.conti@trattoriadaremo.example"),
        "2028-05-17 14:30",
        "gmail",
        "Buongiorno, non mi occupo piu io dei pagamenti, da aprile se ne occupa mia sorella. Scrivete a giulia@trattoriadaremo.example\n\nGrazie\nFabio",
        lab(new_contact="giulia@trattoriadaremo.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Elisa Marchetti", "elisa@scuoladanzaetoile.example"),
        "2028-05-26 17:55",
        "iphone",
        "Salve, credo abbiate sbagliato indirizzo: questa è una scuola di danza, non abbiamo mai acquistato attrezzature da cucina. Buona giornata",
        lab(note="wrong recipient altogether, no new address"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Nick Tranter", "nick@tranterspub.example"),
        "2028-05-18 17:02",
        "outlook",
        "I told your colleague Amy on the phone on Monday that this will be paid on the 30th. That hasn't changed. What I don't need is an email every other day about it, so please take me off these reminders.\n\nNick Tranter",
        lab(note="a dated promise plus a stop request: unsubscribe wins, so no promised_date"),
        stage=2,
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Martin Hale", "martin.hale@halecontractcatering.example"),
        "2028-05-24 12:30",
        "html_only",
        "Dear Sir or Madam,\n\nWe have referred this matter, including your invoices for the Lymefield site, to our solicitors, Greaves Maddox LLP. Please address any further communication about it to them and do not contact our staff directly.\n\nYours faithfully,\n\nMartin Hale\nManaging Director\nHale Contract Catering Ltd",
        lab(note="only through our solicitors, no address given → unsubscribe; HTML-only"),
        stage=2,
        charset="windows-1252",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Geoffrey Lamb", "secretary@whinmoorgolfclub.example"),
        "2028-05-31 10:10",
        "apple",
        "Good morning,\n\nThe Club does not accept invoices or statements by email. Please send all correspondence by post to the Club Secretary at the clubhouse address you hold on file, and remove this address from your mailing list.\n\nRegards,\nGeoffrey Lamb\nHon. Secretary\nWhinmoor Golf Club",
        lab(note="post only"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Rolf Scheffler", "rolf.scheffler@baeckerei-scheffler.example"),
        "2028-05-19 08:05",
        "outlook",
        "Guten Morgen,\n\nbitte nehmen Sie meine Adresse aus Ihrem Verteiler. Ich habe die Bäckerei zum 1. April an meinen Sohn übergeben und bin in das Geschäft nicht mehr eingebunden.\n\nRolf Scheffler",
        lab(note="remove me, and not the right person without a new address: unsubscribe"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Katrin Wolff", "k.wolff@restaurant-wolffs.example"),
        "2028-05-30 15:45",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\ndie Angelegenheit liegt inzwischen bei unserem Rechtsanwalt. Bitte sehen Sie von weiteren E-Mails an mich ab; Sie werden von der Kanzlei hören.\n\nKatrin Wolff",
        lab(note="lawyer plus stop e-mailing"),
        stage=2,
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Clinique du Parc – Service comptabilité", "comptabilite@cliniqueduparc-rennes.example"),
        "2028-05-22 11:18",
        "outlook_html",
        "Bonjour,\n\nNotre établissement ne traite aucune relance par courrier électronique. Merci de nous adresser vos réclamations exclusivement par courrier postal, à l'attention du service comptabilité, et de retirer cette adresse de vos envois automatiques.\n\nCordialement,\nService comptabilité\nClinique du Parc",
        lab(note="post only, remove this address"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Manolo Costa", "manolo.barlacosta@gmail.com"),
        "2028-05-17 21:30",
        "iphone",
        "DEJAD DE MANDARME CORREOS. YA ESTA PAGADO Y LO SABEIS, SE LO DIJE AL TECNICO",
        lab(note="all caps; the stop request beats the payment claim"),
        stage=2,
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Hospital Comarcal del Valle – Compras", "compras@hcvalle.example"),
        "2028-05-09 12:40",
        "outlook_html",
        "Buenos días:\n\nLes rogamos que eliminen esta dirección de sus envíos automáticos. Toda comunicación relativa a facturas debe realizarse a través de la plataforma FACe, según la normativa vigente.\n\nAtentamente,\nDepartamento de Compras\nHospital Comarcal del Valle",
        lab(note="remove this address; invoices only through the public e-invoicing platform"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Bakkerij Vos", "info@bakkerijvos.example"),
        "2028-05-11 06:50",
        "gmail_plain",
        "Afmelden",
        lab(note="one-word unsubscribe"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Dennis Kok", "dennis@cafetariakok.example"),
        "2028-05-25 20:15",
        "android",
        "Stop met dat gemail elke week. Ik betaal als ik kan, jullie hoeven me niet steeds te herinneren.\n\nDennis",
        lab(note="stop request with a vague intention to pay"),
        stage=2,
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Casa di Cura Villa Serena", "amministrazione@villaserena-cura.example"),
        "2028-05-12 12:12",
        "outlook",
        "Spett.le ditta,\n\nvi chiediamo di non inviare più solleciti a questo indirizzo di posta elettronica. Eventuali comunicazioni relative ai pagamenti dovranno pervenire esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.\n\nDistinti saluti\nUfficio Amministrativo\nCasa di Cura Villa Serena",
        lab(note="registered post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Giorgio Esposito", "giorgio@pizzeriaesposito.example"),
        "2028-05-23 18:40",
        "gmail",
        "Buonasera,\nper questa pratica dovete rivolgervi al nostro avvocato, io non rispondo più a queste mail. Cancellate pure il mio indirizzo.\nGiorgio Esposito",
        lab(note="talk to our lawyer, no address; remove me"),
        stage=2,
        cte="b64",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Priya Raman", "p.raman@harlowgatecollege.example"),
        "2028-05-24 08:41",
        "notice",
        "Thank you for your email. I am on annual leave and will be returning to the office on Tuesday 30 May.\n\nIf your query is urgent, please contact the Finance Office on 01632 960244.\n\nPriya Raman\nFinance Officer, Harlowgate College",
        lab(return_date="2028-05-30"),
        subject="{auto}{rsub}",
        lag=0,
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Accounts Payable Helpdesk", "ap.helpdesk@northmoor-hospitals.example"),
        "2028-05-16 08:39",
        "notice",
        "This is an automated response. Please do not reply to this message.\n\nThank you for contacting Accounts Payable. Your enquiry has been logged under reference AP-2028-114732 and placed in the supplier queue.\n\nWe aim to respond to all supplier enquiries within 10 working days. If you are chasing an overdue invoice, please include the invoice number and the purchase order number in the subject line of any further correspondence.\n\nNorthmoor Hospitals Trust – Shared Finance Service",
        lab(note="ticket acknowledgement, no return date"),
        subject="[AP-2028-114732] Your enquiry has been received",
        lag=0,
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("St Brendan's Primary School", "office@stbrendansprimary.example"),
        "2028-05-30 08:35",
        "notice",
        "Thank you for your message.\n\nThe school office is closed for the half-term holiday and will reopen on Monday 5 June. Emails are not monitored during the holiday.\n\nFor safeguarding concerns please follow the guidance on the school website.",
        lab(return_date="2028-06-05", note="carries only X-Autoreply"),
        subject="School office closed – half term",
        lag=0,
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Monika Hartmann", "m.hartmann@betriebsrestaurant-ellerbach.example"),
        "2028-05-22 09:38",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 26.05.2028, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 29.05.2028, bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Albers.\n\nMonika Hartmann\nBetriebsrestaurant Ellerbach",
        lab(
            return_date="2028-05-29",
            note="'ab Montag, 29.05.' wins over 'bis einschließlich 26.05.'",
        ),
        subject="{auto}{rsub}",
        lag=0,
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Gasthof zum Hirschen", "info@gasthof-hirschen.example"),
        "2028-05-10 09:35",
        "notice",
        "Liebe Gäste, liebe Geschäftspartner,\n\nwir sind im Betriebsurlaub und bis einschließlich 21. Mai 2028 geschlossen. E-Mails werden in dieser Zeit nicht bearbeitet.\n\nHerzliche Grüße\nFamilie Brandl",
        lab(
            return_date="2028-05-21",
            note="only 'bis einschließlich 21. Mai' is given: that date itself; carries only Precedence",
        ),
        subject="Betriebsurlaub",
        lag=0,
        headers=(PRECEDENCE_AUTO,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Sophie Garnier", "s.garnier@chu-valdemer.example"),
        "2028-05-31 09:40",
        "notice",
        "Bonjour,\n\nJe suis absente jusqu'au vendredi 2 juin inclus. Je serai de retour le mardi 6 juin.\n\nPour toute question urgente concernant les factures fournisseurs, merci d'écrire à factures@chu-valdemer.example.\n\nCordialement,\nSophie Garnier",
        lab(
            return_date="2028-06-06",
            note="the stated day back (after Whit Monday) wins; a colleague address in an auto-reply is not a new contact",
        ),
        subject="{auto}{rsub}",
        lag=0,
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Horizon Restauration – Service Fournisseurs",
            "support.fournisseurs@horizon-restauration.example",
        ),
        "2028-05-15 09:44",
        "notice",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro FR-448120. Un conseiller du service fournisseurs le traitera dans un délai de 5 jours ouvrés.\n\nMerci de ne pas répondre à ce message. Pour compléter votre demande, utilisez le lien ci-dessous :\nhttps://support.horizon-restauration.example/demande/FR-448120\n\nService Fournisseurs – Horizon Restauration",
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        subject="[Demande #FR-448120] Accusé de réception",
        lag=0,
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Jorge Medina", "jmedina@residenciasantaclara.example"),
        "2028-05-15 09:33",
        "notice",
        "Gracias por su mensaje. Estoy fuera de la oficina por formación hasta el viernes 19 de mayo, con acceso limitado al correo. Me reincorporo el lunes 22 de mayo.\n\nUn saludo,\nJorge Medina\nAdministración – Residencia Santa Clara",
        lab(
            return_date="2028-05-22",
            note="'me reincorporo el lunes 22' wins over 'hasta el viernes 19'",
        ),
        subject="{auto}{rsub}",
        lag=0,
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Administratie Hotel De Duinrand", "administratie@hoteldeduinrand.example"),
        "2028-05-25 09:37",
        "notice",
        "Beste relatie,\n\nIn verband met Hemelvaart is ons kantoor gesloten op donderdag 25 en vrijdag 26 mei. Vanaf maandag 29 mei zijn wij weer bereikbaar en beantwoorden wij uw bericht zo snel mogelijk.\n\nMet vriendelijke groet,\nAdministratie Hotel De Duinrand",
        lab(return_date="2028-05-29", note="Ascension closure"),
        subject="{auto}{rsub}",
        lag=0,
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Gemeente Oosterlaag", "info@oosterlaag.example"),
        "2028-05-12 09:35",
        "notice",
        "Geachte afzender,\n\nWij hebben uw e-mail in goede orde ontvangen. Uw bericht is doorgestuurd naar de juiste afdeling. U ontvangt binnen tien werkdagen een inhoudelijke reactie.\n\nDit is een automatisch gegenereerd bericht; u kunt hier niet op reageren.\n\nGemeente Oosterlaag",
        lab(note="receipt acknowledgement with only Precedence: bulk and no thread headers"),
        subject="Ontvangstbevestiging van uw bericht",
        lag=0,
        threaded=False,
        headers=(PRECEDENCE_BULK,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Francesca Lombardi", "f.lombardi@hotelcastelvecchio.example"),
        "2028-05-30 09:31",
        "notice",
        "Gentile mittente,\n\nsarò assente dall'ufficio fino a venerdì 2 giugno (festa della Repubblica). Rientrerò lunedì 5 giugno e risponderò al suo messaggio al più presto.\n\nCordiali saluti\nFrancesca Lombardi\nAmministrazione – Hotel Castelvecchio",
        lab(
            return_date="2028-06-05", note="the stated day back wins over 'fino a venerdì 2 giugno'"
        ),
        subject="{auto}{rsub}",
        lag=0,
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Osteria del Ponte", "info@osteriadelponte.example"),
        "2028-05-18 09:34",
        "notice",
        "Ciao e grazie per averci scritto! 🍝\n\nAbbiamo ricevuto la tua email e ti risponderemo appena possibile, di solito entro 24 ore. Per prenotazioni è più veloce chiamarci o usare il modulo sul nostro sito.\n\nA presto,\nlo staff dell'Osteria del Ponte",
        lab(note="restaurant autoresponder with no automatic-message headers at all"),
        subject="Grazie per averci scritto!",
        lag=0,
        threaded=False,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Dan Whitfield", "headchef@thegranarybrasserie.example"),
        "2028-05-23 10:50",
        "outlook",
        "Morning,\n\nWhile I've got you – your engineer is booked in for Thursday for the combi service. Can he also have a look at the door seal on the walk-in fridge? It's been sweating for a fortnight. Happy to pay for the extra time.\n\nDan",
        lab(
            note="service request in the reminder thread; 'happy to pay for the extra time' is about new work, not this invoice"
        ),
        headers=(SUPPRESS,),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Anita Shah", "anita@shahsweetcentre.example"),
        "2028-05-12 12:48",
        "iphone",
        "Did we not pay this already??",
        lab(note="a question, not a payment claim: someone has to check the ledger and answer"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Julia Bennett", "julia.bennett@ashworthleisure.example"),
        "2028-05-19 15:05",
        "outlook_html",
        "Dear Receivables Team,\n\nThank you for your email. Mr Ashworth is travelling this week; I have printed your reminder and placed it with his post for his attention on his return.\n\nKind regards,\n\nJulia Bennett\nPA to the Managing Director\nAshworth Leisure Group",
        lab(note="a PA acknowledges; the right person will see it, nothing promised"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Heike Lorenz", "h.lorenz@seniorenresidenz-ampark.example"),
        "2028-05-12 11:02",
        "outlook",
        "Guten Tag,\n\ndanke für den Hinweis, ich habe Ihre E-Mail an unsere Buchhaltung weitergeleitet.\n\nFreundliche Grüße\nHeike Lorenz\nHauswirtschaftsleitung",
        lab(note="forwarded internally; no new address, nothing promised"),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Tobias Engel", "tobias@engels-burgerbar.example"),
        "2028-05-25 13:30",
        "gmail",
        "Hi,\n\nkurze Frage, weil ich die Rechnung gerade vor mir habe: Ist die Fritteuse eigentlich noch in der Garantie? Die Temperaturanzeige spinnt seit letzter Woche.\n\nUnd habt ihr auch gebrauchte Kombidämpfer im Angebot? Wir eröffnen im Herbst einen zweiten Laden.\n\nGruß Tobias",
        lab(note="warranty and sales questions; nothing about paying"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Patrick Morel", "p.morel@cuisinecentrale-valdegly.example"),
        "2028-05-11 18:22",
        "iphone",
        "Bonjour,\nC'est quoi cette facture ? On n'a jamais rien commandé chez vous… Ah si, pardon, je viens de voir, c'est la réparation de la sauteuse en avril. Je vois ça avec la direction et je reviens vers vous.\nPatrick",
        lab(
            note="asks what the invoice is, answers himself; 'je reviens vers vous' is no commitment"
        ),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Valérie Chevalier", "v.chevalier@hotel-lecedre.example"),
        "2028-05-26 10:40",
        "outlook",
        "Bonjour,\n\nPourriez-vous m'appeler au 04 98 76 54 32 ? Il y a plusieurs points à voir sur notre compte et ce sera plus simple de vive voix. Je suis joignable le matin jusqu'à 11 h.\n\nMerci,\nValérie Chevalier\nHôtel Le Cèdre",
        lab(note="asks for a phone call"),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Lucía Ortega", "lucia@bodegaortega.example"),
        "2028-05-08 16:15",
        "gmail_plain",
        "Vale 👍",
        lab(note="one-word acknowledgement; not a payment claim or a promise"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Raúl Domínguez", "rdominguez@hospitalsanrafael-jaen.example"),
        "2028-05-31 12:20",
        "outlook_html",
        "Buenos días:\n\nAprovecho su correo para preguntarles cuándo tienen previsto venir a revisar la cámara de congelación de la cocina del hospital. Abrimos la incidencia hace tres semanas y todavía no nos han dado fecha.\n\nGracias.\nRaúl Domínguez\nJefe de Cocina – Hospital San Rafael",
        lab(note="service question in the reminder thread"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Mark Visser", "mark@visserscatering.example"),
        "2028-05-17 22:10",
        "iphone",
        "Ontvangen. Kijk er morgen naar.\n\nMark",
        lab(note="acknowledgement; looking at it is no commitment"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Anouk Peters", "a.peters@grandcafedelinde.example"),
        "2028-06-02 11:00",
        "owa",
        "Beste,\n\nDank voor de herinnering, die wordt intern opgepakt. Los daarvan: wij openen in september een tweede vestiging in Deventer. Kunnen jullie daar een offerte voor een onderhoudscontract voor maken? Het gaat om een combisteamer, twee friteuses en een vaatwasser.\n\nMet vriendelijke groet,\nAnouk Peters\nGrand Café De Linde",
        lab(note="vague acknowledgement plus a quote request for new work"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Sandro Bianchi", "sandro@ristorantedasandro.example"),
        "2028-05-24 15:30",
        "thunderbird",
        "Ricevuto. Ne parlo col commercialista e vi faccio sapere.\n\nSandro",
        lab(note="acknowledgement only; talking to the accountant is no commitment"),
        cte="8bit",
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
# Delivery reports: generated machine parts, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt` in `lang`; `delay` is minutes since it was sent."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    builder: str
    delay: int = 3
    stage: int = 1
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """Date: of the report, in the reporting server's offset."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return local.replace(
            second=number(self.key, "second", 60), tzinfo=UK if self.zone == "uk" else CE
        )

    @property
    def reminder(self) -> Reminder:
        """The reminder that could not be delivered."""
        sent = (self.dt - timedelta(minutes=self.delay, seconds=41)).astimezone(UK)
        inv = f"BCE-{58200 + number(self.key, 'invoice', 600)}"
        amount = f"{Decimal(15000 + number(self.key, 'amount', 420000)) / 100:.2f}"
        currency = "GBP" if self.zone == "uk" else "EUR"
        return Reminder(
            self.key, self.lang, self.stage, ((inv, amount),), currency, ("", self.rcpt), sent
        )

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part."""
    arrival = b.reminder.sent.astimezone(b.dt.tzinfo)
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(arrival)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the header block of the returned reminder."""
    reminder = b.reminder.message()
    text = "".join(
        f"{k}: {v}\n" for k, v in reminder.items() if k not in {"Content-Transfer-Encoding"}
    )
    return text_part(text, "rfc822-headers", "us-ascii", "8bit")


def returned_message(b: Bounce) -> Message:
    """message/rfc822: the whole returned reminder."""
    return MIMEMessage(b.reminder.message())


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def two_renderings(
    text: str, charset: str = "utf-8", cte: str = "qp", heading: bool = True
) -> Message:
    """A human-readable notice as plain text and simple HTML (first paragraph as a heading)."""
    paragraphs = text.split("\n\n")
    first, rest = (paragraphs[0], paragraphs[1:]) if heading else ("", paragraphs)
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body>\n'
    )
    if first:
        markup += f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:17pt;color:#c00000"><b>{html.escape(first)}</b></p>\n'
    markup += "".join(
        f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">{html_text(p)}</p>\n'
        for p in rest
    )
    markup += "</body></html>\n"
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text + "\n", "plain", charset, cte))
    alt.attach(text_part(markup, "html", charset, cte))
    return alt


def finish_bounce(
    b: Bounce, msg: Message, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    """Envelope headers of a delivery report."""
    for name, value in extra:
        msg[name] = value
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8", "Subject")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").rstrip(")").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, b.key, "bounce")


def bounce_qmail(b: Bounce) -> Message:
    """qmail, customer side: plain, not MIME, the whole message below the notice."""
    host = f"mx.{b.domain}"
    reminder = b.reminder.message()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28814 invoked from network); {format_datetime(b.reminder.sent)}\n"
        f"Received: from relay.{AR_DOMAIN} (HELO relay.{AR_DOMAIN}) (203.0.113.41)\n  by {host} with SMTP; {format_datetime(b.reminder.sent)}\n"
        + reminder.as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_gmail_domain(b: Bounce) -> Message:
    """Google Workspace (the receivables mailbox's own provider): the domain has gone."""
    human = two_renderings(
        "** Address not found **\n\n"
        f"Your message wasn't delivered to {b.rcpt} because the domain {b.domain} couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
        "The response was:\n\n"
        f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain} Learn more at https://support.google.com/mail/answer/6596"
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN"
    msg = report(human, delivery_status(b, "mx.google.com", "failed", diag), returned_headers(b))
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exim_quota(b: Bounce) -> Message:
    """Exim, customer side: plain text, says permanent, but the mailbox is only full."""
    host = f"mail.{b.domain}"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mailstore1.{b.domain} [192.0.2.86]\n"
        "    SMTP error from remote mail server after end of data:\n"
        f"    552 5.2.2 <{b.rcpt}>: Mailbox quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"Received: from relay.{AR_DOMAIN} ([203.0.113.41])\n\tby {host} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{AR_ADDR}>)\n\tid 1uQm4T-00Fz2K-1c\n\tfor {b.rcpt}; {format_datetime(b.reminder.sent)}\n"
        + b.reminder.message().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


@dataclass(frozen=True)
class ExchangeTexts:
    """The human-readable wording of one Office 365 delivery report."""

    subject_prefix: str
    text: str
    server: str
    action: str
    diagnostic: str


EXCHANGE = {
    "bo-de-1": ExchangeTexts(
        "Unzustellbar: ",
        "Ihre Nachricht hat {rcpt} nicht erreicht.\n\n"
        "Die Gruppe {rcpt} nimmt nur Nachrichten von Personen innerhalb ihrer Organisation oder von ausdrücklich zugelassenen Absendern an. Ihre Nachricht wurde deshalb nicht zugestellt.\n\n"
        "Was Sie tun können: Wenden Sie sich auf anderem Weg an den Besitzer der Gruppe und bitten Sie darum, Sie als zulässigen Absender einzutragen.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: {server}\n\n{rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        "FR4P281MB3301.DEUP281.PROD.OUTLOOK.COM",
        "failed",
        "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
    ),
    "bo-fr-1": ExchangeTexts(
        "Non remis : ",
        "Votre message à {rcpt} n'a pas pu être remis.\n\n"
        "L'adresse de messagerie du destinataire est introuvable dans son domaine. Elle a peut-être été supprimée ou mal saisie.\n\n"
        "Que faire ? Vérifiez l'adresse du destinataire puis renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen (par exemple par téléphone) et demandez-lui une adresse valide.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        "Serveur de génération : {server}\n\n{rcpt}\nLe serveur distant a retourné « {diag} »",
        "PR3P264MB0418.FRAP264.PROD.OUTLOOK.COM",
        "failed",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    ),
    "bo-es-2": ExchangeTexts(
        "Entrega retrasada: ",
        "La entrega del mensaje a {rcpt} se ha retrasado.\n\n"
        "Todavía no se ha podido entregar su mensaje. Seguiremos intentándolo durante dos días más y, si no lo conseguimos, recibirá otro aviso.\n\n"
        "No tiene que hacer nada; no vuelva a enviar el mensaje.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        "Servidor de generación: {server}\n\n{rcpt}\nEl servidor remoto devolvió '{diag}'",
        "MAD2P195MB1620.EURP195.PROD.OUTLOOK.COM",
        "delayed",
        "451 4.4.7 Message delayed; the on-premises server did not respond",
    ),
}


def bounce_exchange(b: Bounce) -> Message:
    """Office 365, customer tenant, in the tenant's language."""
    t = EXCHANGE[b.key]
    human = two_renderings(t.text.format(rcpt=b.rcpt, server=t.server, diag=t.diagnostic))
    msg = report(human, delivery_status(b, t.server, t.action, t.diagnostic), returned_headers(b))
    subject = t.subject_prefix + b.reminder.subject
    return finish_bounce(b, msg, f"Microsoft Outlook <postmaster@{b.domain}>", subject)


def bounce_delay_de(b: Bounce) -> Message:
    """A German hosting provider's backup MX: RFC 3464 delay warning."""
    mta = "mx2.hostingpartner-nord.example"
    text = (
        f"Dies ist eine automatische Nachricht des Mailservers {mta}.\n\n"
        f"Ihre Nachricht an\n\n  {b.rcpt}\n\n"
        f"konnte seit 4 Stunden nicht zugestellt werden. Der Zielserver mail.{b.domain} ist nicht erreichbar (Zeitüberschreitung der Verbindung).\n\n"
        "Dies ist nur eine Warnung, Sie müssen die Nachricht nicht erneut senden. Wir versuchen die Zustellung noch zwei Tage lang. Schlägt sie endgültig fehl, erhalten Sie eine weitere Nachricht.\n"
    )
    diag = "421 4.4.1 Connection timed out"
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, mta, "delayed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    )
    return finish_bounce(
        b, msg, f"Mail Delivery System <MAILER-DAEMON@{mta}>", "Warnung: Zustellung verzögert"
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host's relay: a delay notice in multipart/mixed with the whole message."""
    relay = "relais.hebergeur-atlantique.example"
    text = (
        f"Ceci est un message automatique du serveur {relay}.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : le serveur du destinataire ne répond pas (421 4.4.2 connexion interrompue).\n\n"
        "Aucune action n'est nécessaire de votre part : nous continuerons d'essayer pendant 5 jours. Vous serez prévenu si la distribution échoue définitivement.\n\n"
        "Le message concerné est joint ci-dessous.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(returned_message(b))
    return finish_bounce(
        b,
        outer,
        f"MAILER-DAEMON <mailer-daemon@{relay}>",
        "Avertissement : message non encore distribué",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish host: one Latin-1 text part with the original message inline."""
    host = "correo.hostibera.example"
    reminder = b.reminder
    text = (
        f"Este es un mensaje automático del servidor de correo {host}.\n\n"
        "No ha sido posible entregar su mensaje a los siguientes destinatarios:\n\n"
        f"  {b.rcpt}\n  Motivo: el buzón no existe (550 5.1.1 User unknown).\n\n"
        "Se trata de un error permanente; no se volverá a intentar la entrega.\n\n"
        "---------- Mensaje original ----------\n"
        f"From: {AR_NAME} <{AR_ADDR}>\nTo: {b.rcpt}\nSubject: {latin1(reminder.subject)}\nDate: {format_datetime(reminder.sent)}\n\n"
        f"{latin1(reminder.text)}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b, msg, f"Sistema de correo <MAILER-DAEMON@{host}>", "Mensaje no entregado"
    )


def bounce_greylist_nl(b: Bounce) -> Message:
    """A Dutch hosting filter: RFC 3464 delay after a greylisting (policy) deferral."""
    mta = "filter.mailveilig-hosting.example"
    text = (
        "Dit is een automatisch bericht van het mailfilter van Mailveilig Hosting.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server heeft het bericht tijdelijk geweigerd op grond van het spambeleid (greylisting):\n\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "Wij proberen het bericht de komende 48 uur opnieuw af te leveren. U hoeft niets te doen.\n"
    )
    diag = "451 4.7.1 Greylisted, please try again later"
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, mta, "delayed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        "Vertraagd: uw bericht is nog niet afgeleverd",
    )


def bounce_pec_it(b: Bounce) -> Message:
    """An Italian certified-mail (PEC) provider refusing ordinary mail: one plain text part."""
    host = "pec.gestorecertificato.example"
    reminder = b.reminder
    text = (
        "Avviso di mancata consegna\n\n"
        "Il messaggio da lei inviato non è stato consegnato.\n\n"
        f"Destinatario: {b.rcpt}\n"
        "Motivo: la casella di destinazione è una casella di Posta Elettronica Certificata e accetta esclusivamente messaggi provenienti da altre caselle PEC. I messaggi di posta ordinaria vengono rifiutati.\n\n"
        "Codice di errore: 550 5.7.1 Messaggio non PEC rifiutato dal gestore\n\n"
        "Errore permanente: il messaggio non verrà reinviato.\n\n"
        f"Oggetto del messaggio: {reminder.subject}\n"
        f"Data di invio: {format_datetime(reminder.sent)}\n"
        f"Identificativo: {reminder_msgid(b.key)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish_bounce(
        b, msg, f"Servizio Postmaster <postmaster@{host}>", "Avviso di mancata consegna"
    )


def bounce_full_it(b: Bounce) -> Message:
    """An Italian provider: RFC 3464 delay report, the mailbox is full."""
    mta = "smtp.provincianet.example"
    text = (
        "Questo è un messaggio automatico.\n\n"
        f"Il messaggio indirizzato a {b.rcpt} non è ancora stato recapitato perché la casella del destinatario è piena (452 4.2.2 Mailbox full).\n\n"
        "Proveremo di nuovo a recapitarlo per i prossimi 3 giorni. Non è necessario inviarlo di nuovo.\n\n"
        "Servizio di posta ProvinciaNet\n"
    )
    diag = f"452 4.2.2 <{b.rcpt}>: Mailbox full"
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, mta, "delayed", diag, f"mx.{b.domain}"),
        returned_message(b),
    )
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        "Notifica di stato del recapito (ritardo)",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "qmail": bounce_qmail,
    "gmail_domain": bounce_gmail_domain,
    "exim_quota": bounce_exim_quota,
    "exchange": bounce_exchange,
    "delay_de": bounce_delay_de,
    "provider_fr": bounce_provider_fr,
    "provider_es": bounce_provider_es,
    "greylist_nl": bounce_greylist_nl,
    "pec_it": bounce_pec_it,
    "full_it": bounce_full_it,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "accounts@kingsbridgebistro.example",
        "2028-05-09 08:47",
        "uk",
        "qmail",
        note="qmail notice, not MIME, the reminder copied below",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.2",
        "office@oakfieldcarvery.example",
        "2028-05-15 08:39",
        "uk",
        "gmail_domain",
        note="domain no longer exists (NXDOMAIN)",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "5.2.2",
        "bookings@harbourviewhotel-whitstable.example",
        "2028-05-23 08:52",
        "uk",
        "exim_quota",
        stage=2,
        note="Exim calls it permanent, but a full mailbox is a soft bounce; the 5.x code is kept",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.7.133",
        "rechnungseingang@kreisklinik-talheim.example",
        "2028-05-11 09:41",
        "ce",
        "exchange",
        note="policy: the group accepts internal senders only; permanent, so hard",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.4.1",
        "einkauf@landgasthof-eichenhof.example",
        "2028-05-17 13:10",
        "ce",
        "delay_de",
        delay=245,
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.1.10",
        "comptabilite@brasserielalorraine-metz.example",
        "2028-05-19 09:36",
        "ce",
        "exchange",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "4.4.2",
        "restauration@campingdesdunes-vendee.example",
        "2028-05-25 14:40",
        "ce",
        "provider_fr",
        delay=310,
        note="non-standard delay notice in multipart/mixed with the whole message",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "pedidos@restaurantelasalinas.example",
        "2028-05-10 09:44",
        "ce",
        "provider_es",
        note="single Latin-1 text part, original inline",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.7",
        "facturas@grupohosteleronorte.example",
        "2028-05-19 13:45",
        "ce",
        "exchange",
        delay=248,
        stage=2,
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.7.1",
        "inkoop@partycentrumdemolen.example",
        "2028-05-30 13:40",
        "ce",
        "greylist_nl",
        delay=236,
        note="policy deferral (greylisting): temporary, so soft",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.7.1",
        "amministrazione@pec.ristorantealcampanile.example",
        "2028-05-16 09:38",
        "ce",
        "pec_it",
        note="certified-mail (PEC) box refuses ordinary mail: permanent policy rejection, hard",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.2.2",
        "cucina@agriturismolequerce.example",
        "2028-06-01 15:20",
        "ce",
        "full_it",
        delay=350,
        stage=2,
        note="mailbox full, RFC 3464 with the whole message returned",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One message ready to be written: its key, MIME tree, label and hand-written text.

    `quoted` is the invoice number of the reminder the message quotes ("" for notices).
    """

    key: str
    message: Message
    label: dict[str, object]
    text: str
    dt: datetime
    quoted: str = ""


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written reply or notice."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    refs = r.labels.get("invoice_refs", [])
    if not isinstance(refs, list):
        raise TypeError(f"{r.key}: invoice_refs must be a list")
    label["invoice_refs"] = list(refs)
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, in spec order."""
    items = [
        Item(
            r.key,
            build_reply(r),
            reply_label(r),
            r.body,
            r.dt,
            r.invoice_lines[0][0] if r.style in QUOTING_STYLES else "",
        )
        for r in REPLIES
    ]
    for b in BOUNCES:
        items.append(Item(b.key, BOUNCE_BUILDERS[b.builder](b), bounce_label(b), "", b.dt))
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a seeded hash of each key, so a file name says nothing about its label."""
    return sorted(
        items, key=lambda item: hashlib.sha256(f"{SEED}:file:{item.key}".encode()).hexdigest()
    )


class CorpusError(Exception):
    """A message or a label breaks the corpus rules."""


def require(condition: bool, where: str, what: str) -> None:
    """Raise a CorpusError unless `condition` holds."""
    if not condition:
        raise CorpusError(f"{where}: {what}")


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^BCE-\d{5}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def check_label(item: Item) -> None:
    """Shape and internal consistency of one label."""
    label, where = item.label, item.key
    require(
        list(label) == ["intent", *LABEL_KEYS, "invoice_refs", "language", "note"],
        where,
        "label keys or order",
    )
    intent = str(label["intent"])
    require(intent in INTENTS and label["language"] in LANGS, where, "intent or language")
    allowed = INTENT_FIELDS.get(intent, set())
    for key in LABEL_KEYS:
        value = label[key]
        require(
            value is None or (key in allowed and isinstance(value, str) and bool(value)),
            where,
            f"{key} not allowed for {intent}",
        )
    local_day = item.dt.date()
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is None:
            continue
        require(bool(ISO_DATE.match(str(value))), where, f"{key} not ISO")
        day = date.fromisoformat(str(value))
        require(
            day <= local_day if key == "paid_date" else day >= local_day,
            where,
            f"{key} {day} on the wrong side of {local_day}",
        )
    require(
        (label["amount"] is None) == (label["currency"] is None),
        where,
        "amount without currency or the reverse",
    )
    if label["amount"] is not None:
        require(
            bool(AMOUNT.match(str(label["amount"]))) and label["currency"] in {"GBP", "EUR"},
            where,
            "amount or currency format",
        )
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise CorpusError(f"{where}: invoice_refs format")
    require(
        all(isinstance(x, str) and INVOICE.match(x) for x in refs),
        where,
        "invoice_refs format",
    )
    for ref in refs:
        require(
            ref in item.text or ref.replace("-", "") in item.text,
            where,
            f"{ref} is not in the new text",
        )
    if label["new_contact"] is not None:
        contact = str(label["new_contact"])
        require(
            contact == contact.lower() and contact.lower() in item.text.lower(),
            where,
            "new_contact not lower case or not in the text",
        )
    if intent == "bounce":
        require(
            label["bounce_kind"] in {"hard", "soft"}
            and bool(STATUS.match(str(label["bounce_status"]))),
            where,
            "bounce fields",
        )
        status = str(label["bounce_status"])
        require(
            status.startswith("4") or label["bounce_kind"] == "hard" or status == "5.2.2",
            where,
            "soft bounce with a permanent status",
        )
        require(
            not status.startswith("4") or label["bounce_kind"] == "soft",
            where,
            "hard bounce with a transient status",
        )
    require(FIRST_DAY <= local_day <= LAST_DAY, where, f"date {local_day} outside the range")
    offset = item.dt.utcoffset()
    require(offset in {UK.utcoffset(None), CE.utcoffset(None)}, where, "neither BST nor CEST")
    require(
        label["language"] == "en" or offset == CE.utcoffset(None),
        where,
        "continental sender not in CEST",
    )


def decoded_texts(msg: EmailMessage) -> list[str]:
    """Every text part of a parsed message, decoded."""
    return [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]


def check_message(item: Item, data: bytes) -> None:
    """Parse the bytes back as a reader would, and look for anything broken."""
    where = item.key
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, where, f"no {header}")
    for part in msg.walk():
        require(not part.defects, where, f"MIME defects {part.defects}")
        for name, value in part.items():
            require(
                not getattr(value, "defects", ()),
                where,
                f"header defects in {name}: {value.defects}",
            )
            str(value)
    texts = decoded_texts(msg)
    require(bool(texts), where, "no text part")
    require(
        msg["Date"].datetime == item.dt.replace(microsecond=0),
        where,
        "Date header differs from the spec",
    )
    if item.text and not item.text.lstrip().startswith("<!DOCTYPE"):
        first = item.text.split("\n", 1)[0][:24]
        flat = [re.sub(r" \n", " ", t) for t in texts]  # undo format=flowed soft breaks
        require(
            any(first in t or html.escape(first, quote=False) in t for t in flat),
            where,
            "the new text is not in the decoded message",
        )
    if item.quoted:
        require(
            all(item.quoted in t for t in texts), where, "a text part lacks the quoted reminder"
        )
    if item.label["intent"] == "bounce":
        require(
            str(item.label["failed_recipient"]) in data.decode("ascii", "replace"),
            where,
            "failed recipient not in the report",
        )


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language count table, as Markdown."""
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


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 messages per intent and the agreed number per language."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    require(
        all(intents[i] == PER_INTENT for i in INTENTS) and len(intents) == len(INTENTS),
        "counts",
        f"per intent {dict(intents)}",
    )
    require(dict(langs) == LANG_TOTALS, "counts", f"per language {dict(langs)}")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    require(
        all(cells[i, lang] >= 1 for i in INTENTS for lang in LANGS),
        "counts",
        "an intent is missing a language",
    )


def write_all() -> list[dict[str, object]]:
    """Write every .eml file and labels.jsonl next to this script; return the labels."""
    items = all_items()
    keys = [item.key for item in items]
    require(len(set(keys)) == len(keys), "keys", "duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.message.as_bytes()
        check_label(item)
        check_message(item, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    try:
        labels = write_all()
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(
        f"\n{len(labels)} messages written to {HERE.name}/; bounces: {kinds['hard']} hard, {kinds['soft']} soft"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
