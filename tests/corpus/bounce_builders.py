"""Delivery-failure reports: MIME skeletons around the hand-written notice text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import format_datetime, parseaddr

from corpus_common import AR_ADDR, Reminder, Spec, enc_header, esc, parse_date, qp, rng_for

Headers = list[tuple[str, str]]

QP_CTE = "Content-Transfer-Encoding: quoted-printable\n\n"


@dataclass
class Bounce:
    """A bounce being built: its fields and the reminder that could not be delivered."""

    m: dict[str, str]
    bfmt: str
    rem: Reminder
    d: dt.datetime
    rcpt: str
    mta: str
    qid: str
    human: str

    @property
    def action(self) -> str:
        return self.m.get("action", "failed")

    def optional_fields(self) -> str:
        """Remote-MTA and Diagnostic-Code, when the source gives them."""
        rmta, diag = self.m.get("rmta", ""), self.m.get("diag", "")
        return (f"Remote-MTA: dns; {rmta}\n" if rmta else "") + (
            f"Diagnostic-Code: smtp; {diag}\n" if diag else ""
        )


def returned_message(rem: Reminder) -> str:
    return rem.as_message().as_string()


def returned_headers(rem: Reminder) -> str:
    return rem.as_message().as_string().split("\n\n", 1)[0] + "\n"


def notice_paras(human: str) -> str:
    return "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in human.split("\n\n"))


def exchange_html(human: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
        '<table style="width:100%;max-width:640px">'
        f"<tr><td>{notice_paras(human)}</td></tr></table></div></body></html>"
    )


def gmail_bounce_html(human: str) -> str:
    return (
        "<html><head><style>"
        '* {font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;}'
        "</style></head>"
        '<body><table cellpadding="0" cellspacing="0" class="email-wrapper"'
        ' style="padding-top:32px;background-color:#ffffff;">'
        f"<tbody><tr><td>{notice_paras(human)}</td></tr></tbody></table></body></html>"
    )


# ---------------------------------------------------------------- multipart/report (RFC 3464)


def dsn_fields(b: Bounce) -> str:
    """The message/delivery-status body: per-message fields, a blank line, per-recipient."""
    m = b.m
    per_msg = [f"Reporting-MTA: dns; {m.get('reporting', b.mta)}"]
    if b.bfmt != "exchange":
        postfix = "postfix" in m.get("flavour", "postfix")
        per_msg.append(f"X-Postfix-Queue-ID: {b.qid}" if postfix else f"X-Queue-ID: {b.qid}")
        per_msg.append(
            f"X-Postfix-Sender: rfc822; {AR_ADDR}" if postfix else f"X-Sender: {AR_ADDR}"
        )
    per_msg.append(f"Arrival-Date: {format_datetime(b.rem.dt)}")
    per_rcpt = []
    if m.get("orcpt", "1") == "1":
        per_rcpt.append(f"Original-Recipient: rfc822;{b.rcpt}")
    per_rcpt += [
        f"Final-Recipient: rfc822; {m.get('final', b.rcpt)}",
        f"Action: {b.action}",
        f"Status: {m.get('status', '')}",
    ]
    rcpt_fields = "\n".join(per_rcpt) + "\n" + b.optional_fields()
    if b.action == "delayed":
        until = b.d + dt.timedelta(days=int(m.get("retry_days", "5")))
        rcpt_fields += f"Will-Retry-Until: {format_datetime(until)}\n"
    return "\n".join(per_msg) + "\n\n" + rcpt_fields


def dsn_notice_part(b: Bounce) -> str:
    """The human-readable first part of a multipart/report."""
    if b.bfmt == "exchange":
        alt_b = "_alt_" + b.qid
        return (
            "Content-Type: multipart/alternative; differences=Content-Type;\n"
            f'\tboundary="{alt_b}"\n\n'
            f'--{alt_b}\nContent-Type: text/plain; charset="utf-8"\n{QP_CTE}'
            f"{qp(b.human)}\n"
            f'--{alt_b}\nContent-Type: text/html; charset="utf-8"\n{QP_CTE}'
            f"{qp(exchange_html(b.human))}\n--{alt_b}--\n"
        )
    cs = b.m.get("hcs", "us-ascii")
    text = QP_CTE + qp(b.human) if cs != "us-ascii" else "\n" + b.human
    return f"Content-Description: Notification\nContent-Type: text/plain; charset={cs}\n{text}\n"


def dsn_returned_part(b: Bounce) -> str:
    if b.bfmt == "dsn-headers":
        return (
            "Content-Description: Undelivered Message Headers\n"
            f"Content-Type: text/rfc822-headers\n\n{returned_headers(b.rem)}"
        )
    return (
        "Content-Description: Undelivered Message\n"
        f"Content-Type: message/rfc822\n\n{returned_message(b.rem)}"
    )


def build_dsn(b: Bounce, common: Headers) -> tuple[str, Headers]:
    """Postfix, Exim, Exchange: multipart/report with notice, status and returned message."""
    parts = [
        dsn_notice_part(b),
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        + dsn_fields(b),
        dsn_returned_part(b),
    ]
    bnd = f"{b.qid}.{int(b.d.timestamp())}/{b.mta}"
    body = (
        "This is a MIME-encapsulated message.\n\n"
        + "".join(f"--{bnd}\n{p}\n" for p in parts)
        + f"--{bnd}--\n"
    )
    autosub = b.m.get("autosub", "1") == "1"
    common = common + ([("Auto-Submitted", "auto-replied")] if autosub else [])
    common += [
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{bnd}"'),
    ]
    if autosub and b.bfmt == "exchange":  # Exchange writes Auto-Submitted last
        common = [(k, v) for k, v in common if k != "Auto-Submitted"]
        common.append(("Auto-Submitted", "auto-replied"))
    return body, common


def build_gmail_dsn(b: Bounce, common: Headers) -> tuple[str, Headers]:
    """Gmail: multipart/report where the first part is itself multipart (html only)."""
    alt_b = "000000000000" + b.qid.lower() + "a"
    rep_b = "000000000000" + b.qid.lower() + "b"
    if b.action == "failed":
        last = f"Last-Attempt-Date: {format_datetime(b.d)}\n"
    else:
        last = f"Will-Retry-Until: {format_datetime(b.d + dt.timedelta(days=2))}\n"
    per = (
        f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {format_datetime(b.rem.dt)}\n\n"
        f"Final-Recipient: rfc822; {b.rcpt}\nAction: {b.action}\nStatus: {b.m.get('status', '')}\n"
        + b.optional_fields()
        + last
    )
    body = (
        f'--{rep_b}\nContent-Type: multipart/related; boundary="{alt_b}"\n\n'
        f'--{alt_b}\nContent-Type: text/html; charset="UTF-8"\n{QP_CTE}'
        f"{qp(gmail_bounce_html(b.human))}\n--{alt_b}--\n"
        f"--{rep_b}\nContent-Type: message/delivery-status\n\n{per}\n"
        f"--{rep_b}\nContent-Type: message/rfc822\n\n{returned_message(b.rem)}\n--{rep_b}--\n"
    )
    return body, [
        *common,
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/report; boundary="{rep_b}"; report-type=delivery-status'),
    ]


def build_plain(b: Bounce, common: Headers) -> tuple[str, Headers]:
    """qmail, old Exim, homegrown: text only, original appended."""
    m = b.m
    tail = m.get("tail", "").replace("\\n", "\n")
    full = m.get("orig", "full") == "full"
    orig = returned_message(b.rem) if full else returned_headers(b.rem)
    body = b.human.rstrip("\n") + "\n\n" + (tail + "\n\n" if tail else "") + orig
    cs = m.get("hcs", "us-ascii")
    if cs != "us-ascii":
        return qp(body), [
            *common,
            ("MIME-Version", "1.0"),
            ("Content-Type", f"text/plain; charset={cs}"),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ]
    if m.get("mime", "1") == "1":
        common = [
            *common,
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=us-ascii"),
        ]
    return body, common


def build_mixed(b: Bounce, common: Headers) -> tuple[str, Headers]:
    """multipart/mixed: text notice + attached original (some appliances)."""
    bnd = "----=_Part_" + b.qid
    body = (
        f"This is a multi-part message in MIME format.\n\n"
        f"--{bnd}\nContent-Type: text/plain; charset=utf-8\n{QP_CTE}{qp(b.human)}\n"
        f"--{bnd}\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n"
        f"{returned_message(b.rem)}\n--{bnd}--\n"
    )
    return body, [
        *common,
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/mixed; boundary="{bnd}"'),
    ]


BUILDERS: dict[str, Callable[[Bounce, Headers], tuple[str, Headers]]] = {
    "dsn": build_dsn,
    "dsn-headers": build_dsn,
    "exchange": build_dsn,
    "gmail-dsn": build_gmail_dsn,
    "plain": build_plain,
    "mixed": build_mixed,
}


def make_bounce(spec: Spec) -> Bounce:
    m = spec.meta
    d = parse_date(m["date"])
    rcpt = m["rcpt"]
    rem = Reminder.for_meta(m, rcpt, d)
    rem.dt = d - dt.timedelta(minutes=int(m.get("delay_min", "1")))  # bounces come back quickly
    if "rem_date" in m:
        rem.dt = parse_date(m["rem_date"])
    if "from" in m:
        own_domain = parseaddr(m["from"])[1].split("@")[1]
    else:
        own_domain = "mx.northwind-supply.example"
    mta = m.get("mta") or m.get("reporting") or own_domain
    r = rng_for("bq", spec.src)
    qid = "".join(r.choice("0123456789ABCDEF") for _ in range(11))
    human = spec.body.replace("{rcpt}", rcpt).replace("{subject}", rem.subject)
    return Bounce(
        m=m,
        bfmt=m["bfmt"],
        rem=rem,
        d=d,
        rcpt=rcpt,
        mta=mta,
        qid=qid,
        human=human.replace("{mta}", mta),
    )


def build_bounce(spec: Spec) -> bytes:
    b = make_bounce(spec)
    m = b.m
    subj = m.get("subj", "Undelivered Mail Returned to Sender").replace("{subj}", b.rem.subject)
    common = [
        ("Return-Path", "<>"),
        ("From", m.get("from", f"MAILER-DAEMON@{b.mta} (Mail Delivery System)")),
        ("To", m.get("to", AR_ADDR)),
        ("Subject", enc_header(subj)),
        ("Date", format_datetime(b.d)),
        ("Message-ID", m.get("msgid", f"<{b.d.strftime('%Y%m%d%H%M%S')}.{b.qid}@{b.mta}>")),
        *spec.headers,
    ]
    if b.bfmt not in BUILDERS:
        raise ValueError(b.bfmt)
    body, common = BUILDERS[b.bfmt](b, common)
    head = "".join(f"{k}: {v}\n" for k, v in common)
    return (head + "\n" + body).encode("utf-8")
