"""How mail clients quote the reminder: attribution lines, Outlook header blocks, HTML bodies."""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass

from corpus_common import AR_ADDR, AR_NAME, Reminder, esc
from corpus_text import DAY_ABBR, DAYS, MON_ABBR, MONTHS, OUTLOOK_LABELS, WORD_LANG


@dataclass
class Reply:
    """A human reply being built: its fields, the reminder it answers and the new text."""

    m: dict[str, str]
    src: str
    lang: str
    rlang: str
    tz: dt.tzinfo
    rem: Reminder
    body: str
    top: str
    bottom: str
    quote: bool
    to_disp: str

    def rem_local(self) -> dt.datetime:
        """When the reminder was sent, in the replier's time zone."""
        return self.rem.dt.astimezone(self.tz)


def ampm(d: dt.datetime) -> str:
    return d.strftime("%I:%M %p").lstrip("0")


def attribution(
    style: str, lang: str, d: dt.datetime, who: str = AR_NAME, addr: str = AR_ADDR
) -> str:
    da, ma = DAY_ABBR[lang][d.weekday()], MON_ABBR[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if style == "gmail":
        return {
            "en": f"On {da}, {ma} {d.day}, {d.year} at {ampm(d)} {who} <{addr}> wrote:",
            "de": f"Am {da}, {d.day}. {ma} {d.year} um {hm} Uhr schrieb {who} <{addr}>:",
            "fr": f"Le {da} {d.day} {ma} {d.year} à {hm}, {who} <{addr}> a écrit :",
            "es": f"El {da}, {d.day} {ma} {d.year} a las {hm}, {who} (<{addr}>) escribió:",
            "nl": f"Op {da} {d.day} {ma} {d.year} om {hm} schreef {who} <{addr}>:",
            "it": f"Il giorno {da} {d.day} {ma} {d.year} alle ore {hm} {who} <{addr}> ha scritto:",
        }[lang]
    if style == "apple":
        return {
            "en": f"On {ma} {d.day}, {d.year}, at {ampm(d)}, {who} <{addr}> wrote:",
            "de": f"Am {d.day:02d}.{d.month:02d}.{d.year} um {hm} schrieb {who} <{addr}>:",
            "fr": f"Le {d.day} {ma} {d.year} à {hm}, {who} <{addr}> a écrit :",
            "es": f"El {d.day} {ma} {d.year}, a las {hm}, {who} <{addr}> escribió:",
            "nl": f"Op {d.day} {ma} {d.year} om {hm} heeft {who} <{addr}> het volgende geschreven:",
            "it": f"Il giorno {d.day} {ma} {d.year}, alle ore {hm}, {who} <{addr}> ha scritto:",
        }[lang]
    if style == "thunderbird":
        return {
            "en": f"On {d.month}/{d.day}/{d.year % 100} {ampm(d)}, {who} wrote:",
            "de": f"Am {d.day:02d}.{d.month:02d}.{d.year % 100} um {hm} schrieb {who}:",
            "fr": f"Le {d.day:02d}/{d.month:02d}/{d.year} à {hm}, {who} a écrit :",
            "es": f"El {d.day}/{d.month}/{d.year % 100} a las {hm}, {who} escribió:",
            "nl": f"Op {d.day:02d}-{d.month:02d}-{d.year} om {hm} schreef {who}:",
            "it": f"Il {d.day:02d}/{d.month:02d}/{d.year % 100} {hm}, {who} ha scritto:",
        }[lang]
    raise ValueError(style)


def outlook_sent(lang: str, d: dt.datetime) -> str:
    day, mo = DAYS[lang][d.weekday()], MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    return {
        "en": f"{day}, {mo} {d.day}, {d.year} {ampm(d)}",
        "de": f"{day}, {d.day}. {mo} {d.year} {hm}",
        "fr": f"{day} {d.day} {mo} {d.year} {hm}",
        "es": f"{day}, {d.day} de {mo} de {d.year} {hm}",
        "nl": f"{day} {d.day} {mo} {d.year} {hm}",
        "it": f"{day} {d.day} {mo} {d.year} {hm}",
    }[lang]


# ---------------------------------------------------------------- plain-text quoting


def wrap_quote(text: str, width: int = 72) -> list[str]:
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width))
    return out


def gt_quote(text: str, *, wrap: bool = True) -> str:
    lines = wrap_quote(text) if wrap else text.split("\n")
    return "\n".join(("> " + ln) if ln else ">" for ln in lines)


def outlook_header_block(r: Reply, *, original_line: bool, sep: bool) -> str:
    f, s, t, subj, orig = OUTLOOK_LABELS[r.lang]
    lines = []
    if original_line:
        lines.append(orig)
    elif sep:
        lines.append("_" * 32)
    lines += [
        f"{f} {AR_NAME} <{AR_ADDR}>",
        f"{s} {outlook_sent(r.lang, r.rem_local())}",
        f"{t} {r.to_disp}",
        f"{subj} {r.rem.subject}",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- html renderers


def html_lines(text: str, tag: str = "div", cls: str = "") -> str:
    out = []
    c = f' class="{cls}"' if cls else ""
    for ln in text.split("\n"):
        if cls == "MsoNormal":
            out.append(f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}<o:p></o:p></p>')
        else:
            out.append(f"<{tag}{c}>{esc(ln) if ln else '<br>'}</{tag}>")
    return "\n".join(out)


def br_lines(text: str) -> str:
    return "<br>".join(esc(x) for x in text.split("\n"))


OUTLOOK_HTML_OPEN = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml"'
    ' xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:w="urn:schemas-microsoft-com:office:word"'
    ' xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"'
    ' xmlns="http://www.w3.org/TR/REC-html40">'
)


def outlook_html(r: Reply) -> str:
    f, s, t, subj, _ = OUTLOOK_LABELS[r.lang]
    head = (
        f"<b>{esc(f[:-1].strip())}:</b> {esc(AR_NAME)} &lt;{AR_ADDR}&gt; <br>"
        f"<b>{esc(s[:-1].strip())}:</b> {esc(outlook_sent(r.lang, r.rem_local()))}<br>"
        f"<b>{esc(t[:-1].strip())}:</b> {esc(r.to_disp)}<br>"
        f"<b>{esc(subj[:-1].strip())}:</b> {esc(r.rem.subject)}"
    )
    bottom = ("\n" + html_lines(r.bottom, cls="MsoNormal")) if r.bottom else ""
    return f"""{OUTLOOK_HTML_OPEN}
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0in;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}}
span.EmailStyle18
\t{{mso-style-type:personal-reply;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-size:10.0pt;}}
@page WordSection1
\t{{size:8.5in 11.0in;
\tmargin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="{WORD_LANG[r.lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{html_lines(r.top, cls="MsoNormal")}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal">{head}<o:p></o:p></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{html_lines(r.rem.text(), cls="MsoNormal")}{bottom}
</div>
</body>
</html>
"""


OWA_NEW_TEXT_OPEN = (
    '<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService,'
    ' Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
    ' class="elementToProof">'
)
OWA_HEADER_OPEN = (
    '<div id="divRplyFwdMsg" dir="ltr">'
    '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
)


def owa_html(r: Reply) -> str:
    f, s, t, subj, _ = OUTLOOK_LABELS[r.lang]
    sent = esc(outlook_sent(r.lang, r.rem_local()))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
</head>
<body dir="ltr">
{OWA_NEW_TEXT_OPEN}
{html_lines(r.top)}
</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
{OWA_HEADER_OPEN}<b>{esc(f[:-1].strip())}:</b> {esc(AR_NAME)} &lt;{AR_ADDR}&gt;<br>
<b>{esc(s[:-1].strip())}:</b> {sent}<br>
<b>{esc(t[:-1].strip())}:</b> {esc(r.to_disp)}<br>
<b>{esc(subj[:-1].strip())}:</b> {esc(r.rem.subject)}</font>
<div>&nbsp;</div>
</div>
<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">
<div class="PlainText">{br_lines(r.rem.text())}</div>
</span></font></div>
</body>
</html>
"""


def gmail_html(r: Reply) -> str:
    attr = attribution("gmail", r.lang, r.rem_local())
    quote = br_lines(r.rem.text())
    bottom = f'\n<div dir="ltr">{br_lines(r.bottom)}</div>' if r.bottom else ""
    top = f'<div dir="ltr">{br_lines(r.top)}</div><br>' if r.top else ""
    return (
        f'{top}<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{quote}</blockquote></div>{bottom}\n"
    )


def apple_html(r: Reply, mobile_sig: str = "") -> str:
    attr = attribution("apple", r.lang, r.rem_local())
    sig = f"<div><br></div><div>{esc(mobile_sig)}</div>" if mobile_sig else ""
    quote = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in r.rem.text().split("\n"))
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;'
        ' line-break: after-white-space;">'
        f'{html_lines(r.top)}{sig}<div><br><blockquote type="cite"><div>{esc(attr)}</div>'
        f'<br class="Apple-interchange-newline"><div>{quote}</div></blockquote></div>'
        "</body></html>\n"
    )


def tb_paras(text: str) -> str:
    return "".join(f"<p>{br_lines(p)}</p>" for p in text.split("\n\n"))


def tb_html(r: Reply) -> str:
    attr = attribution("thunderbird", r.lang, r.rem_local())
    paras = tb_paras(r.rem.text())
    top = tb_paras(r.top) if r.top else ""
    bot = tb_paras(r.bottom) if r.bottom else ""
    return (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        '    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        "  </head>\n  <body>\n"
        f'    {top}\n    <div class="moz-cite-prefix">{esc(attr)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{r.rem.msgid[1:-1]}">{paras}</blockquote>\n'
        f"    {bot}\n  </body>\n</html>\n"
    )


def plain_html(text: str) -> str:
    return f"<html><body>{html_lines(text)}</body></html>\n"
