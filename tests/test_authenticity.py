"""Authenticity: only our own servers' Authentication-Results count, and only aligned with From."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from daemon.core.authenticity import authenticated_for, vouched_domains
from daemon.core.mail import AuthResult, Mail

OURS = "mx.example.com"
TRUSTED = frozenset({OURS})


def result(method: str, outcome: str, domain: str, authserv_id: str = OURS) -> AuthResult:
    return AuthResult(authserv_id=authserv_id, method=method, result=outcome, domain=domain)


def mail(sender: str, *auth: AuthResult) -> Mail:
    return Mail(
        message_id="<m@acme.example>",
        in_reply_to=(),
        references=(),
        sender=sender,
        sender_name="",
        reply_to=(),
        recipients=("ar@example.com",),
        delivered_to=(),
        subject="Paid",
        date=None,
        body="",
        reply="",
        language="",
        auto_submitted="",
        dsn=None,
        auth=auth,
        attachments=(),
        size=100,
    )


@dataclass(frozen=True)
class Case:
    mail: Mail
    domain: str
    authenticated: bool
    trusted: frozenset[str] = TRUSTED


DKIM_PASS = result("dkim", "pass", "acme.example")
CASES = {
    "dkim pass for the From domain": Case(mail("ap@acme.example", DKIM_PASS), "acme.example", True),
    "spf pass for the From domain": Case(
        mail("ap@acme.example", result("spf", "pass", "acme.example")), "acme.example", True
    ),
    "spf mailfrom given as an address": Case(
        mail("ap@acme.example", result("spf", "pass", "bounces@acme.example")),
        "acme.example",
        True,
    ),
    "dmarc pass for the From domain": Case(
        mail("ap@acme.example", result("dmarc", "pass", "acme.example")), "acme.example", True
    ),
    "From in a subdomain, signed by the parent": Case(
        mail("ap@billing.acme.example", DKIM_PASS), "acme.example", True
    ),
    "From in a subdomain, signed by the subdomain": Case(
        mail("ap@billing.acme.example", result("dkim", "pass", "billing.acme.example")),
        "acme.example",
        True,
    ),
    "signed by a subdomain, From at the parent": Case(
        mail("ap@acme.example", result("dkim", "pass", "billing.acme.example")),
        "acme.example",
        False,
    ),
    "case and trailing dots do not matter": Case(
        mail("AP@Acme.Example", result("DKIM", "PASS", "ACME.example.", "MX.Example.com")),
        "Acme.Example.",
        True,
    ),
    "dkim pass for another domain does not authenticate From": Case(
        mail("ap@acme.example", result("dkim", "pass", "mailer.example")), "acme.example", False
    ),
    "From is not at the domain asked about": Case(
        mail("ap@evil.example", result("dkim", "pass", "evil.example")), "acme.example", False
    ),
    "a lookalike domain is no subdomain": Case(
        mail("ap@notacme.example", result("dkim", "pass", "notacme.example")),
        "acme.example",
        False,
    ),
    "dkim fail": Case(
        mail("ap@acme.example", result("dkim", "fail", "acme.example")), "acme.example", False
    ),
    "spf softfail, dmarc none": Case(
        mail(
            "ap@acme.example",
            result("spf", "softfail", "acme.example"),
            result("dmarc", "none", "acme.example"),
        ),
        "acme.example",
        False,
    ),
    "one failing and one passing signature": Case(
        mail("ap@acme.example", result("dkim", "fail", "acme.example"), DKIM_PASS),
        "acme.example",
        True,
    ),
    "forged header from an untrusted authserv-id": Case(
        mail("ap@acme.example", result("dkim", "pass", "acme.example", "mx.evil.example")),
        "acme.example",
        False,
    ),
    "forged pass below our own fail": Case(
        mail(
            "ap@acme.example",
            result("dkim", "fail", "acme.example"),
            result("dmarc", "pass", "acme.example", "attacker.example"),
        ),
        "acme.example",
        False,
    ),
    "no trusted ids: never authenticated": Case(
        mail("ap@acme.example", DKIM_PASS), "acme.example", False, frozenset()
    ),
    "a blank trusted id trusts nothing": Case(
        mail("ap@acme.example", result("dkim", "pass", "acme.example", "")),
        "acme.example",
        False,
        frozenset({""}),
    ),
    "an unknown method vouches for nothing": Case(
        mail("ap@acme.example", result("iprev", "pass", "acme.example")), "acme.example", False
    ),
    "no results at all": Case(mail("ap@acme.example"), "acme.example", False),
    "no From address": Case(mail("", DKIM_PASS), "acme.example", False),
    "an empty domain asked about": Case(mail("ap@acme.example", DKIM_PASS), "", False),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_authenticated_for(case: Case) -> None:
    assert authenticated_for(case.mail, case.domain, case.trusted) is case.authenticated


def test_vouched_domains_only_from_trusted_passes() -> None:
    message = mail(
        "ap@acme.example",
        result("dkim", "pass", "acme.example"),
        result("spf", "pass", "bounce@mailer.example"),
        result("dmarc", "fail", "dmarc.example"),
        result("dkim", "pass", "forged.example", "mx.evil.example"),
        result("dkim", "pass", ""),
    )
    assert vouched_domains(message, [OURS, "relay.example.com"]) == {
        "acme.example",
        "mailer.example",
    }
    assert vouched_domains(message, []) == frozenset()
    assert vouched_domains(replace(message, auth=()), [OURS]) == frozenset()
