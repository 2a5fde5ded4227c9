"""parse_mail: headers, bodies, automatic replies, bounces, Authentication-Results; never raises."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.core.mail import AuthResult
from daemon.core.mail_parse import parse_authentication_results, parse_mail

BOUNCES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bounces"

PLAIN = b"""\
From: "Jane Doe" <Jane.Doe@Customer.EXAMPLE>
To: AR <ar@us.example>, Other <other@us.example>
Cc: boss@customer.example
Reply-To: ap@customer.example
Delivered-To: ar@us.example
Subject: =?utf-8?q?Re=3A_Rechnung_f=C3=BCr?=
 November
Date: Tue, 01 Dec 2026 10:00:00 +0100
Message-ID: <reply-1@customer.example>
In-Reply-To: <rem-1@us.example>
References: <rem-0@us.example> <rem-1@us.example>
Content-Language: de-DE
Content-Type: text/plain; charset=utf-8

Wir haben gestern bezahlt.

Am 30.11.2026 um 09:00 schrieb AR <ar@us.example>:
> Bitte zahlen Sie die Rechnung.
"""


def test_parse_mail_reads_headers_and_trims_the_reply() -> None:
    mail = parse_mail(PLAIN)
    assert mail.message_id == "<reply-1@customer.example>"
    assert mail.in_reply_to == ("<rem-1@us.example>",)
    assert mail.references == ("<rem-0@us.example>", "<rem-1@us.example>")
    assert (mail.sender, mail.sender_name) == ("jane.doe@customer.example", "Jane Doe")
    assert mail.recipients == ("ar@us.example", "other@us.example", "boss@customer.example")
    assert mail.reply_to == ("ap@customer.example",)
    assert mail.delivered_to == ("ar@us.example",)
    assert mail.subject == "Re: Rechnung für November"
    assert mail.date == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert "Bitte zahlen" in mail.body
    assert mail.reply == "Wir haben gestern bezahlt."
    assert mail.language == "de"
    assert (mail.auto_submitted, mail.dsn, mail.size) == ("", None, len(PLAIN))


def test_missing_message_id_gets_a_stable_synthetic_one() -> None:
    raw = b"From: a@b.example\nSubject: hi\n\nhello\n"
    expected = f"<{hashlib.sha256(raw).hexdigest()}@dunmail.invalid>"
    assert parse_mail(raw).message_id == expected == parse_mail(raw).message_id


HTML = b"""\
From: a@b.example
Content-Type: text/html; charset=utf-8

<html><head><style>p {color: red}</style><script>alert(1)</script></head>
<body><p>We will pay on Friday.</p><div>Regards</div>
<blockquote><p>Please pay invoice 42.</p></blockquote></body></html>
"""

ALTERNATIVE = b"""\
From: a@b.example
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: multipart/alternative; boundary="b2"

--b2
Content-Type: text/html

<p>HTML version</p>
--b2
Content-Type: text/plain

Plain version
--b2--
--b1
Content-Type: application/pdf; name="remittance.pdf"
Content-Disposition: attachment; filename="remittance.pdf"
Content-Transfer-Encoding: base64

JVBERi0=
--b1--
"""


def test_html_body_becomes_text_without_script_style_or_quote() -> None:
    mail = parse_mail(HTML)
    assert "alert" not in mail.body and "color" not in mail.body
    assert mail.reply == "We will pay on Friday.\n\nRegards"
    assert "> Please pay invoice 42." in mail.body


def test_plain_text_is_preferred_and_attachments_are_named() -> None:
    mail = parse_mail(ALTERNATIVE)
    assert mail.body == "Plain version"
    assert mail.attachments == ("remittance.pdf",)


@pytest.mark.parametrize(
    ("headers", "automatic"),
    [
        ("Auto-Submitted: auto-replied", True),
        ("Auto-Submitted: no", False),
        ("X-Autoreply: yes", True),
        ("X-Autorespond: vacation", True),
        ("Precedence: bulk", True),
        ("Precedence: junk", True),
        ("Precedence: list", False),
        ("X-Auto-Response-Suppress: All\nSubject: Automatic reply: invoice", True),
        ("X-Auto-Response-Suppress: All\nSubject: Re: invoice", False),
        ("Subject: Re: invoice", False),
    ],
)
def test_auto_submitted_signs(headers: str, automatic: bool) -> None:
    mail = parse_mail(f"From: a@b.example\n{headers}\n\nhello\n".encode())
    assert bool(mail.auto_submitted) is automatic


DSN = b"""\
From: MAILER-DAEMON@mx.example
To: ar@us.example
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="r"

--r
Content-Type: text/plain

This is the mail system.
--r
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example

Final-Recipient: rfc822; Gone@Customer.example
Original-Recipient: rfc822;gone@customer.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <gone@customer.example>: User unknown

Final-Recipient: rfc822; full@customer.example
Action: delayed
Status: 4.2.2
--r
Content-Type: text/rfc822-headers

Message-ID: <rem-7@us.example>
Subject: Invoice 7
--r--
"""


def test_standard_dsn_is_read_per_recipient() -> None:
    report = parse_mail(DSN).dsn
    assert report is not None and report.standard
    assert report.original_message_id == "<rem-7@us.example>"
    first, second = report.recipients
    assert (first.address, first.action, first.status) == (
        "gone@customer.example",
        "failed",
        "5.1.1",
    )
    assert first.diagnostic.startswith("550 5.1.1") and first.permanent
    assert (second.address, second.action, second.status) == (
        "full@customer.example",
        "delayed",
        "4.2.2",
    )


NON_STANDARD = b"""\
From: Mail Delivery System <Mailer-Daemon@mx.example>
To: ar@us.example
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gone@customer.example
    SMTP error from remote mail server after RCPT TO:<gone@customer.example>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

Message-ID: <rem-8@us.example>
From: ar@us.example
"""


def test_non_standard_bounce_is_read_from_its_text() -> None:
    report = parse_mail(NON_STANDARD).dsn
    assert report is not None and not report.standard
    assert report.original_message_id == "<rem-8@us.example>"
    assert [(r.address, r.action, r.status) for r in report.recipients] == [
        ("gone@customer.example", "failed", "5.1.1")
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "mx.us.example; spf=pass smtp.mailfrom=jane@Customer.example;"
            " dkim=pass (good sig) header.d=customer.example header.s=s1;"
            " dmarc=fail (p=reject) header.from=customer.example",
            (
                AuthResult("mx.us.example", "spf", "pass", "customer.example"),
                AuthResult("mx.us.example", "dkim", "pass", "customer.example"),
                AuthResult("mx.us.example", "dmarc", "fail", "customer.example"),
            ),
        ),
        ("mx.us.example 1; none", ()),
        ("mx.us.example; dkim=neutral", (AuthResult("mx.us.example", "dkim", "neutral", ""),)),
        ("", ()),
        (";;;==;", ()),
    ],
)
def test_authentication_results(value: str, expected: tuple[AuthResult, ...]) -> None:
    assert parse_authentication_results(value) == expected


def test_every_authentication_results_header_is_kept_in_order() -> None:
    raw = (
        b"Authentication-Results: mx.us.example; spf=pass smtp.mailfrom=a.example\n"
        b"Authentication-Results: evil.example; dkim=pass header.d=b.example\n"
        b"From: a@a.example\n\nx\n"
    )
    assert [r.authserv_id for r in parse_mail(raw).auth] == ["mx.us.example", "evil.example"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We will pay the invoice next week, thank you for your patience.", "en"),
        ("Wir werden die Rechnung nächste Woche bezahlen, danke für die Geduld.", "de"),
        ("Nous allons payer la facture pour la semaine prochaine, merci.", "fr"),
        ("Vamos a pagar la factura la semana que viene, gracias por la paciencia.", "es"),
        ("Wij zullen de factuur voor het einde van de week betalen, bedankt.", "nl"),
        ("Pagheremo la fattura per la prossima settimana, grazie per la pazienza.", "it"),
        ("ok", ""),
    ],
)
def test_language_guess(text: str, language: str) -> None:
    assert parse_mail(f"From: a@b.example\n\n{text}\n".encode()).language == language


@pytest.mark.parametrize(
    ("label", "body", "text"),
    [
        # An old client's 8-bit Latin-1 labelled us-ascii or utf-8: read as Windows-1252.
        ("us-ascii", "Betrag überwiesen, Grüße".encode("latin-1"), "Betrag überwiesen, Grüße"),
        ("utf-8", "déjà payé \u2013 merci".encode("cp1252"), "déjà payé \u2013 merci"),
        # UTF-8 labelled as something else: read as UTF-8.
        ("iso-2022-jp", "お支払い済みです".encode(), "お支払い済みです"),
        # A label that fits is believed; Latin-1 is read as Windows-1252 (WHATWG), so "€" is 0x80.
        ("iso-8859-1", "Zahlung über 5 €".encode("cp1252"), "Zahlung über 5 €"),
        # UTF-8 labelled Latin-1 is still UTF-8.
        ("iso-8859-1", "Zahlung über 5 €".encode(), "Zahlung über 5 €"),
    ],
)
def test_a_body_whose_charset_label_lies_is_still_read(label: str, body: bytes, text: str) -> None:
    raw = f"From: a@b.example\nContent-Type: text/plain; charset={label}\n".encode()
    mail = parse_mail(raw + b"Content-Transfer-Encoding: 8bit\n\n" + body)
    assert mail.body == text
    relabelled = label != "iso-8859-1" or body.decode("cp1252") != text
    assert any(label in problem for problem in mail.problems) == relabelled


# --- never raises --------------------------------------------------------------------------

HOSTILE = [
    b"",
    b"\x00\xff\xfe",
    b"From: \xe4\xf6\xfc <x@y>\nSubject: \xff\xfe 8-bit\n\nbody",
    b'Content-Type: text/plain; charset="x-unknown"\n\n\xe4\xf6',
    b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n!!!notb64=",
    b"Subject: =?x-unknown?B?!!!?=\nFrom: =?utf-8?q?=ZZ?= <a@b>\nDate: Mon, 99 Foo 99999\n\nx",
    b'Content-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/plain\n\ntrunc',
    b"Content-Type: multipart/report; report-type=delivery-status; boundary=q\n\n--q\n"
    b"Content-Type: message/delivery-status\n\nFinal-Recipient: \xff\nStatus: 5",
    b"From: <<<@@@>>>\nTo: ,,,;;;\nMessage-ID: <\nReferences: <<>>\n\n",
    b"Content-Type: multipart/mixed; boundary=a\n\n" + b"--a\nContent-Type: multipart/mixed; "
    b"boundary=a\n\n" * 200,
    b"Content-Disposition: attachment; filename*=x-unknown''%ff%fe\n\nx",
]


@pytest.mark.parametrize("raw", HOSTILE)
def test_hostile_messages_parse_without_raising(raw: bytes) -> None:
    mail = parse_mail(raw, truncated=True)
    assert mail.size == len(raw) and mail.truncated
    assert mail.message_id.startswith("<")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(raw: bytes) -> None:
    assert parse_mail(raw).size == len(raw)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([PLAIN, HTML, ALTERNATIVE, DSN, NON_STANDARD]), st.data())
def test_truncated_and_corrupted_messages_never_raise(raw: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(raw)))
    noise = data.draw(st.binary(max_size=40))
    at = data.draw(st.integers(0, cut))
    mangled = raw[:at] + noise + raw[at:cut]
    assert parse_mail(mangled, truncated=True).size == len(mangled)


def test_the_bounce_corpus_parses_without_raising() -> None:
    if not BOUNCES.is_dir():
        pytest.skip("bounce corpus not present beside the project")
    files = sorted(BOUNCES.glob("*.eml"))
    assert len(files) > 600
    for path in files:
        mail = parse_mail(path.read_bytes())
        assert mail.message_id.startswith("<"), path.name


def test_a_delivery_reports_text_is_kept_whole() -> None:
    """An RFC 3464 report's words are the reporting system's: nothing is trimmed from them."""
    mail = parse_mail(DSN)
    assert mail.dsn is not None and mail.dsn.standard
    assert mail.reply == mail.body.strip()


_QMAIL_NOTICE = b"""\
From: MAILER-DAEMON@mx2.hollybank.example
To: receivables@lanternfield.example
Subject: failure notice
Date: Tue, 24 Nov 2026 09:08:00 +0000
Message-ID: <notice-1@mx2.hollybank.example>

Hi. This is the qmail-send program at mx2.hollybank.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<kurse@hollybank.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <receivables@lanternfield.example>
From: Lanternfield Receivables <receivables@lanternfield.example>
To: kurse@hollybank.example
Subject: Zahlungserinnerung: Rechnung LF26-03391 ist offen
Message-ID: <rem-3391@lanternfield.example>

Guten Tag,

f\xc3\xbcr die folgende Rechnung konnten wir bislang keinen Zahlungseingang feststellen.
Falls die Zahlung bereits unterwegs ist, nennen Sie uns bitte das Datum und die Referenz.
Mit freundlichen Gr\xc3\xbc\xc3\x9fen
"""


def test_a_mail_systems_notice_is_kept_whole_and_speaks_its_own_language() -> None:
    """A notice from a mail system's address is its words, not a person's reply: nothing is
    trimmed, and its language is that of the notice, not of the reminder it returns."""
    mail = parse_mail(_QMAIL_NOTICE)
    assert mail.dsn is not None and not mail.dsn.standard
    assert mail.reply == mail.body.strip()
    assert "Zahlungserinnerung" in mail.reply
    assert mail.language == "en"


@pytest.mark.parametrize(
    ("params", "text"),
    [
        # RFC 3676: a line ending in a space goes on; stuffing goes; the quote stays apart
        (
            'format="flowed"',
            "Volgens ons bankoverzicht is er op 4/8 \u20ac 1.725,00 naar jullie overgemaakt.\n"
            "> Rechnung 4455 ist offen.\n-- \nSanne",
        ),
        # DelSp=yes: the space before the break was added by the client
        (
            "format=flowed; delsp=yes",
            "Volgens ons bankoverzicht is er op 4/8\u20ac 1.725,00 naar jullie overgemaakt.\n"
            "> Rechnung 4455ist offen.\n-- \nSanne",
        ),
    ],
)
def test_format_flowed_text_is_read_as_written(params: str, text: str) -> None:
    raw = (
        "From: sanne@klant.example\r\nTo: ar@us.example\r\nSubject: Re: Herinnering\r\n"
        "Date: Tue, 01 Dec 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8; {params}\r\n\r\n"
        "Volgens ons bankoverzicht is er op 4/8 \r\n\u20ac 1.725,00 naar jullie overgemaakt.\r\n"
        "> Rechnung 4455 \r\n> ist offen.\r\n-- \r\n Sanne\r\n"
    ).encode()
    assert parse_mail(raw).body == text


def test_text_not_sent_as_flowed_keeps_its_breaks() -> None:
    raw = (
        b"From: sanne@klant.example\r\nSubject: Re: Herinnering\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nEen regel \r\nen nog een\r\n"
    )
    assert parse_mail(raw).body == "Een regel \nen nog een"
