"""Shared pieces of the corpus builder: source blocks, stable randomness, the reminder."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import quopri
import random
import re
from dataclasses import dataclass, field
from decimal import Decimal
from email.charset import QP, Charset
from email.header import Header
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

from corpus_text import MON_ABBR, MONTHS, REMINDER_BODY, REMINDER_SUBJECT

AR_NAME = "Northwind Supply AR"
AR_ADDR = "ar@northwind-supply.example"
AR_FROM = f"{AR_NAME} <{AR_ADDR}>"
NW_TZ = dt.timezone(dt.timedelta(hours=-5))  # Northwind sends reminders from US Eastern time

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass
class Spec:
    """One source block: its `key=value` fields, extra headers (`h:Name=value`) and body."""

    meta: dict[str, str]
    src: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: str = ""


# ---------------------------------------------------------------- helpers


def h(*parts: str) -> int:
    """A stable hash (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.sha256("\x1f".join(parts).encode()).digest()[:8], "big")


def rng_for(*parts: str) -> random.Random:
    return random.Random(h(*parts))


def reminder_msgid(inv: str, addr: str) -> str:
    r = rng_for("reminder", inv, addr)
    return "<" + "".join(r.choice(B32) for _ in range(20)) + "@northwind-supply.example>"


DATE_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))? ([+-])(\d\d)(\d\d)")


def parse_date(s: str) -> dt.datetime:
    # "2026-11-23 09:41 -0500" or with seconds
    m = DATE_RE.fullmatch(s.strip())
    if not m:
        raise ValueError(f"bad date {s!r}")
    y, mo, d, hh, mi, ss, sign, th, tm = m.groups()
    off = dt.timedelta(hours=int(th), minutes=int(tm)) * (1 if sign == "+" else -1)
    return dt.datetime(
        int(y), int(mo), int(d), int(hh), int(mi), int(ss or 0), tzinfo=dt.timezone(off)
    )


def tz_of(d: dt.datetime) -> dt.tzinfo:
    assert d.tzinfo is not None, d
    return d.tzinfo


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def qp(s: str) -> str:
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def enc_header(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76, header_name=name).encode()
    return value


# ---------------------------------------------------------------- locale formatting


def fmt_amount(amt: str, cur: str, lang: str) -> str:
    q = Decimal(amt)
    whole, frac = f"{q:,.2f}".split(".")
    if lang == "en":
        return f"{cur} {q:,.2f}"
    if lang == "fr":
        return f"{whole.replace(',', ' ')},{frac} {cur}"
    if lang == "nl":
        return f"{cur} {whole.replace(',', '.')},{frac}"
    return f"{whole.replace(',', '.')},{frac} {cur}"


def long_date(d: dt.date, lang: str) -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{MON_ABBR['en'][d.month - 1]} {d.day}, {d.year}"
    if lang == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang == "es":
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


# ---------------------------------------------------------------- the reminder


class Reminder:
    """The overdue-invoice reminder a reply (or bounce) answers."""

    def __init__(
        self,
        *,
        inv: str,
        co: str,
        amt: str,
        cur: str,
        lang: str,
        to: str,
        reply_dt: dt.datetime,
    ) -> None:
        self.inv, self.co, self.amt, self.cur, self.lang, self.to = inv, co, amt, cur, lang, to
        r = rng_for("rem", inv, to)
        back = dt.timedelta(days=r.randint(1, 5), hours=r.randint(0, 5))
        rd = (reply_dt - back).astimezone(NW_TZ)
        self.dt = rd.replace(hour=7, minute=30 + r.randint(0, 20), second=r.randint(0, 59))
        while self.dt > reply_dt or self.dt.weekday() >= 5:  # reminders go out on weekday mornings
            self.dt -= dt.timedelta(days=1)
        self.days = 8 + h("days", inv) % 50
        self.due = self.dt.date() - dt.timedelta(days=self.days)
        self.idate = self.due - dt.timedelta(days=30)
        self.payby = self.dt.date() + dt.timedelta(days=7)
        self.msgid = reminder_msgid(inv, to)
        self.subject = REMINDER_SUBJECT[lang].format(inv=inv, co=co)

    @classmethod
    def for_meta(cls, m: dict[str, str], to: str, reply_dt: dt.datetime) -> Reminder:
        """The reminder described by a source block's fields (defaults for the common case)."""
        rlang = m.get("rlang", m["lang"])
        return cls(
            inv=m.get("inv", "INV-2026-0412"),
            co=m.get("co", "Acme Hardware Inc."),
            amt=m.get("amt", "1250.00"),
            cur=m.get("cur", "USD" if rlang == "en" else "EUR"),
            lang=rlang,
            to=to,
            reply_dt=reply_dt,
        )

    def text(self) -> str:
        lang = self.lang
        return REMINDER_BODY[lang].format(
            co=self.co,
            inv=self.inv,
            idate=long_date(self.idate, lang),
            amount=fmt_amount(self.amt, self.cur, lang),
            due=long_date(self.due, lang),
            days=self.days,
            payby=long_date(self.payby, lang),
        )

    def as_message(self) -> MIMENonMultipart:
        m = MIMENonMultipart("text", "plain")
        cs = Charset("utf-8")
        cs.body_encoding = QP
        m.set_payload(self.text(), cs)
        out = MIMENonMultipart("text", "plain")  # rebuild with headers first
        del out["Content-Type"], out["MIME-Version"]
        for k, v in [
            ("From", AR_FROM),
            ("To", self.to),
            ("Subject", enc_header(self.subject, "utf-8")),
            ("Date", format_datetime(self.dt)),
            ("Message-ID", self.msgid),
            ("MIME-Version", "1.0"),
        ]:
            out[k] = v
        for k, v in m.items():
            if k != "MIME-Version":
                out[k] = v
        out.set_payload(m.get_payload())  # no charset: the payload is already encoded
        return out
