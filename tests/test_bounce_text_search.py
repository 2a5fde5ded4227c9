"""The bounce readers' searches in lower-cased text find what case-blind searches find."""

from __future__ import annotations

import re

import pytest

from daemon.core import mail_dsn
from daemon.core.bounce_text import human_part, smtp_command
from daemon.core.mail_dsn import looks_like_bounce

_NOTICE = "Delivery to the following recipient failed permanently:\n\n    ann@example.org\n\n"


@pytest.mark.parametrize("name", ["_BOUNCE_SUBJECT", "_BOUNCE_TEXT", "_NOT_DELIVERED"])
def test_a_pattern_searched_in_lowered_text_has_no_upper_case_letter(name: str) -> None:
    # without IGNORECASE an upper-case letter of the pattern's own could never match
    pattern = getattr(mail_dsn, name).pattern
    assert getattr(mail_dsn, name).flags & re.IGNORECASE == 0
    assert re.findall(r"[A-ZÀ-Þ]", re.sub(r"\\[A-Za-z]", "", pattern)) == []


@pytest.mark.parametrize(
    "separator",
    [
        "----- ORIGINAL MESSAGE -----",
        "------ This is a copy of the message, including all the headers. ------",
        "The Original Message follows:",
        "Content-Type: MESSAGE/RFC822",
        "RECEIVED: from mail.example.org",
        "Return-Path: <ar@example.com>",
    ],
)
def test_the_returned_message_is_cut_off_whatever_the_case(separator: str) -> None:
    text = f"{_NOTICE}{separator}\nSubject: Invoice 4417 overdue\n"
    assert human_part(text) == _NOTICE


def test_a_letter_that_grows_when_lower_cased_does_not_shift_the_cut() -> None:
    # "İ".lower() is two characters; the cut must still fall where the separator begins
    notice = "İstanbul: delivery to the following recipient failed: ann@example.org\n\n"
    assert human_part(f"{notice}Received: from mail.example.org\n") == notice


def test_a_separator_in_the_first_forty_characters_is_not_a_cut() -> None:
    text = "Received: by mx.example.org\nDelivery failed for ann@example.org\n"
    assert human_part(text) == text


def test_a_bounce_subject_is_recognised_in_any_case() -> None:
    assert looks_like_bounce(subject="UNDELIVERABLE: Invoice 4417", sender="", text="")
    assert looks_like_bounce(subject="Nicht Zugestellt: Rechnung", sender="", text="")
    assert not looks_like_bounce(subject="AW: Nicht zugestellt", sender="", text="")
    assert not looks_like_bounce(subject="Invoice 4417", sender="ann@example.org", text="Paid.")


def test_the_refused_command_is_read_in_any_case() -> None:
    assert smtp_command("550 5.1.1 User unknown (in reply to RCPT TO command)") == "RCPT"
    assert smtp_command("SMTP error from remote server after END OF DATA:") == "DATA"
    assert smtp_command("Connection refused by mx.example.org") == "CONN"
    assert smtp_command("Mailbox full") == ""
