"""Wrap a hand-written reply into the MIME message its mail client would send."""

from __future__ import annotations

import base64
import datetime as dt
import random
from collections.abc import Callable
from email.charset import BASE64, QP, Charset
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr

from corpus_common import AR_FROM, Reminder, Spec, enc_header, h, parse_date, rng_for, tz_of
from corpus_quote import (
    Reply,
    apple_html,
    attribution,
    gmail_html,
    gt_quote,
    outlook_header_block,
    outlook_html,
    owa_html,
    plain_html,
    tb_html,
)
from corpus_text import ANDROID_SIG, CONTENT_LANGUAGE, MOBILE_SIG, REPLY_PREFIX

Headers = list[tuple[str, str]]

DEFAULT_CTE = {
    "outlook": "qp",
    "outlook-html": "qp",
    "owa": "qp",
    "gmail": "qp",
    "gmail-plain": "qp",
    "apple": "qp",
    "apple-html": "qp",
    "ios": "qp",
    "thunderbird": "8bit",
    "thunderbird-html": "8bit",
    "android-outlook": "b64",
    "plain": "qp",
    "auto": "qp",
    "auto-html": "qp",
}
OUTLOOK_FMTS = ("outlook", "outlook-html", "owa")

# ---------------------------------------------------------------- MIME helpers


def enc_addr(disp: str, charset: str = "utf-8") -> str:
    out = []
    for part in split_addrs(disp):
        name, addr = parseaddr(part)
        out.append(formataddr((name, addr), charset=charset) if name else addr)
    return ", ".join(out)


def split_addrs(s: str) -> list[str]:
    parts: list[str] = []
    cur, depth, q = "", 0, False
    for ch in s:
        if ch == '"':
            q = not q
        if ch == "," and not q and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        depth += ch == "<"
        depth -= ch == ">"
        cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def text_part(
    text: str, subtype: str, charset: str, cte: str, *, flowed: bool = False
) -> MIMENonMultipart:
    cs = Charset(charset)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)  # type: ignore[assignment]
    p = MIMENonMultipart("text", subtype)
    p.set_payload(text, cs)
    del p["MIME-Version"]
    if flowed and subtype == "plain" and cte in ("7bit", "8bit") and charset.lower() == "utf-8":
        p.set_param("format", "flowed")
    return p


def boundary(spec: Spec, tag: str) -> str:
    r = rng_for("b", spec.src, tag)
    return "_000_" + "".join(r.choice("0123456789abcdef") for _ in range(28)) + "_"


def finish(msg: MIMEBase, hdrs: Headers, m: dict[str, str]) -> bytes:
    body_items = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in body_items:
        if k != "MIME-Version":
            msg[k] = v
    data = msg.as_bytes()
    if "lying" in m:  # declare a charset that does not match the bytes
        real = m.get("charset", "utf-8")
        data = data.replace(f'charset="{real}"'.encode(), f'charset="{m["lying"]}"'.encode())
    return data


# ---------------------------------------------------------------- message ids

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
GMAIL_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="
EXO_BOXES = ["DM6", "SN7", "BN8", "CH3", "PH0", "AM9", "DB8", "PA4", "FR3", "MR1"]
EXO_REGIONS = ["namprd12", "namprd04", "eurprd04", "eurprd08", "DEUPRD01", "FRAP264"]


def uuid_msgid(r: random.Random, hexdigits: str, domain: str) -> str:
    u = "".join(r.choice(hexdigits) for _ in range(32))
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"


def gen_msgid(client: str, domain: str, key: str) -> str:
    r = rng_for("mid", key)
    if client in ("outlook", "outlook-html", "owa", "android-outlook"):
        box = f"{r.choice(EXO_BOXES)}PR{r.randint(10, 19):02d}MB{r.randint(1000, 9999)}"
        reg = r.choice(EXO_REGIONS)
        return f"<{box}{''.join(r.choice(ALNUM) for _ in range(12))}@{box}.{reg}.prod.outlook.com>"
    if client.startswith("gmail"):
        return f"<CA{''.join(r.choice(GMAIL_B64) for _ in range(46))}@mail.gmail.com>"
    if client in ("apple", "apple-html", "ios"):
        return uuid_msgid(r, "0123456789ABCDEF", domain)
    if client.startswith("thunderbird"):
        return uuid_msgid(r, "0123456789abcdef", domain)
    stamp = dt.date(2026, 11, 1).strftime("%Y%m%d")
    num = r.randint(10**9, 10**10)
    tail = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
    return f"<{stamp}{num}.{tail}@{domain}>"


# ---------------------------------------------------------------- text and html bodies


def plain_with_quote(r: Reply, style: str) -> str:
    if not r.quote:
        return r.body.replace("[[Q]]", "").strip("\n")
    if style in ("gmail", "apple", "thunderbird"):
        attr_lang = r.rlang if r.m.get("attr_lang") == "rem" else r.lang
        q = (
            attribution(style, attr_lang, r.rem_local())
            + "\n"
            + ("\n" if style == "apple" else "")
            + gt_quote(r.rem.text())
        )
    elif style in ("outlook-orig", "outlook-alt", "outlook-sep"):
        block = outlook_header_block(
            r, original_line=style == "outlook-orig", sep=style == "outlook-sep"
        )
        q = block + "\n\n" + r.rem.text()
    else:
        raise ValueError(style)
    if r.bottom:
        return (r.top + "\n\n" if r.top else "") + q + "\n\n" + r.bottom + "\n"
    return r.top + "\n\n" + q + "\n"


Bodies = tuple[str, str | None]  # the text/plain body and, if the client sends one, text/html


def render_outlook(r: Reply) -> Bodies:
    return plain_with_quote(r, "outlook-orig" if r.m.get("sep") != "line" else "outlook-sep"), None


def render_gmail(r: Reply) -> Bodies:
    return plain_with_quote(r, "gmail"), gmail_html(r) if r.quote else plain_html(r.body)


def render_ios(r: Reply) -> Bodies:
    sig = MOBILE_SIG[r.m.get("siglang", r.lang)]
    txt = r.top + ("\n\n" + sig if r.m.get("nosig") != "1" else "")
    if r.quote:
        txt += (
            "\n\n" + attribution("apple", r.lang, r.rem_local()) + "\n\n" + gt_quote(r.rem.text())
        )
    txt += "\n"
    return txt, apple_html(r, mobile_sig=sig) if r.m.get("ioshtml") == "1" else None


def render_android_outlook(r: Reply) -> Bodies:
    top = r.top + "\n\n" + ANDROID_SIG[r.lang]
    block = outlook_header_block(r, original_line=False, sep=True)
    return top + "\n" + block + "\n\n" + r.rem.text() + "\n", None


RENDERERS: dict[str, Callable[[Reply], Bodies]] = {
    "outlook": render_outlook,
    "outlook-html": lambda r: (plain_with_quote(r, "outlook-alt"), outlook_html(r)),
    "owa": lambda r: (plain_with_quote(r, "outlook-sep"), owa_html(r)),
    "gmail": render_gmail,
    "gmail-plain": lambda r: (plain_with_quote(r, "gmail"), None),
    "apple": lambda r: (plain_with_quote(r, "apple"), None),
    "apple-html": lambda r: (plain_with_quote(r, "apple"), apple_html(r)),
    "ios": render_ios,
    "android-outlook": render_android_outlook,
    "thunderbird": lambda r: (plain_with_quote(r, "thunderbird"), None),
    "thunderbird-html": lambda r: (plain_with_quote(r, "thunderbird"), tb_html(r)),
    "plain": lambda r: (r.body + "\n", None),
    "auto": lambda r: (r.body + "\n", None),
    "auto-html": lambda r: (r.body + "\n", plain_html(r.body)),
}


# ---------------------------------------------------------------- headers


def reply_subject(r: Reply, fmt: str) -> str:
    if "subj" in r.m:
        return r.m["subj"].replace("{subj}", r.rem.subject)
    prefix = r.m.get("prefix")
    if prefix is None:
        outlookish = fmt in (*OUTLOOK_FMTS, "android-outlook")
        prefix = REPLY_PREFIX[r.lang] if outlookish else "Re: "
    return prefix + r.rem.subject


def client_headers(r: Reply, fmt: str, hcs: str) -> Headers:
    """The headers only some clients add, after MIME-Version."""
    if fmt in OUTLOOK_FMTS:
        index = base64.b64encode(h("ti", r.src).to_bytes(8, "big") * 3).decode()[:30] + "=="
        hdrs = [
            ("Thread-Topic", enc_header(r.rem.subject, hcs, "Thread-Topic")),
            ("Thread-Index", index),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ]
        if fmt == "outlook-html" and r.m.get("xmailer", "1") == "1":
            hdrs.append(("X-Mailer", "Microsoft Outlook 16.0"))
        hdrs.append(("X-MS-Has-Attach", ""))
        return hdrs
    if fmt in ("apple", "apple-html"):
        return [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    if fmt == "ios":
        return [("X-Mailer", "iPhone Mail (22B91)")]
    if fmt.startswith("thunderbird"):
        return [("User-Agent", "Mozilla Thunderbird")]
    return []


def reply_headers(r: Reply, spec: Spec, fmt: str, charset: str) -> Headers:
    m = r.m
    frm = m["from"]
    domain = parseaddr(frm)[1].split("@")[1]
    hcs = m.get("hcharset", charset if charset != "us-ascii" else "utf-8")
    hdrs = [("From", enc_addr(frm, hcs)), ("To", enc_addr(m.get("to", AR_FROM), hcs))]
    if "cc" in m:
        hdrs.append(("Cc", enc_addr(m["cc"], hcs)))
    hdrs += [
        ("Subject", enc_header(reply_subject(r, fmt), hcs)),
        ("Date", format_datetime(parse_date(m["date"]))),
        ("Message-ID", m.get("msgid", gen_msgid(fmt, domain, spec.src))),
    ]
    if m.get("noreply") != "1":
        hdrs += [("In-Reply-To", r.rem.msgid), ("References", r.rem.msgid)]
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += client_headers(r, fmt, hcs)
    for k, v in spec.headers:
        if v == "-":
            hdrs = [(a, b) for a, b in hdrs if a.lower() != k.lower()]
        else:
            hdrs.append((k, v))
    return hdrs


# ---------------------------------------------------------------- one reply


def make_reply(spec: Spec) -> Reply:
    m = spec.meta
    fmt = m.get("fmt", "gmail")
    reply_dt = parse_date(m["date"])
    body = spec.body
    if "[[Q]]" in body:
        top, _, bottom = body.partition("[[Q]]")
        top, bottom = top.strip("\n"), bottom.strip("\n")
    else:
        top, bottom = body, ""
    return Reply(
        m=m,
        src=spec.src,
        lang=m["lang"],
        rlang=m.get("rlang", m["lang"]),
        tz=tz_of(reply_dt),
        rem=Reminder.for_meta(m, m.get("remto", m["from"]), reply_dt),
        body=body,
        top=top,
        bottom=bottom,
        quote=m.get("quote", "no" if fmt in ("plain", "auto", "auto-html") else "yes") == "yes",
        to_disp=m.get("remto_disp", m["from"]),
    )


def build_human(spec: Spec) -> tuple[bytes, str]:
    """The message's bytes and the customer's new text (without the quoted reminder)."""
    m = spec.meta
    fmt = m.get("fmt", "gmail")
    r = make_reply(spec)
    new_text = (r.top + "\n" + r.bottom).strip()
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", DEFAULT_CTE.get(fmt, "qp"))
    if fmt not in RENDERERS:
        raise ValueError(f"unknown fmt {fmt} in {spec.src}")
    txt, html_part = RENDERERS[fmt](r)

    html_cte = m.get("html_cte", "qp" if cte in ("7bit", "8bit") else cte)
    flowed = fmt.startswith("thunderbird")
    msg: MIMEBase
    if html_part is not None and m.get("html_only") == "1":
        msg = text_part(html_part, "html", charset, html_cte)
    elif html_part is not None:
        msg = MIMEMultipart("alternative", boundary=boundary(spec, "alt"))
        msg.attach(text_part(txt, "plain", charset, cte, flowed=flowed))
        msg.attach(text_part(html_part, "html", charset, html_cte))
    else:
        msg = text_part(txt, "plain", charset, cte, flowed=flowed)
    return finish(msg, reply_headers(r, spec, fmt, charset), m), new_text
