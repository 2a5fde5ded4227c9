"""A customer's plain-text reply as `Mail`, for the classifier's rule tests."""

from __future__ import annotations

from daemon.core.mail import Mail
from daemon.core.mail_parse import parse_mail

DATE = "Date: Fri, 20 Nov 2026 10:00:00 +0100\n"


def plain_reply(
    body: str, *, subject: str = "Re: Invoice 42 is overdue", headers: str = "", date: str = ""
) -> Mail:
    """`body` from Jane at a customer to the AR mailbox; `date`: a Date header line, or none."""
    raw = (
        f"From: Jane <jane@customer.example>\nTo: ar@us.example\nSubject: {subject}\n{headers}"
        f"{date}Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
    return parse_mail(raw.encode())
