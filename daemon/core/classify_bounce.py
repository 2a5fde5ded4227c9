"""Whether a message is a bounce, hard or soft, and for whom: the first rule of `classify`.

One job: `bounce_verdict(mail)` from the delivery report `daemon.core.mail_dsn` read (RFC 3464, or
a non-standard bounce read as well as it could be). Hard means the address itself does not work;
soft, that it may work another day. Pure; it must not decide what to do about the bounce.
"""

from __future__ import annotations

from daemon.core.bounce_reason import is_hard, reason_of
from daemon.core.mail import REPLY_PREFIX, DsnRecipient, Mail
from daemon.core.mail_dsn import from_mail_system
from daemon.core.verdict import BounceKind, Facts, Intent, Verdict


def bounce_verdict(mail: Mail) -> Verdict | None:
    """A BOUNCE verdict when `mail` reports a failed or delayed delivery, else None."""
    report = mail.dsn
    failed = [r for r in report.recipients if _failed(r)] if report else []
    if report is None or not failed or _own_mail_returned(mail, failed):
        return None
    first = failed[0]
    reason = reason_of(first)
    kind = BounceKind.HARD if is_hard(reason, first.status) else BounceKind.SOFT
    facts = Facts(
        bounce=kind,
        bounced=tuple(dict.fromkeys(r.address for r in failed if r.address)),
        status=first.status,
    )
    source = "RFC 3464 report" if report.standard else "non-standard bounce"
    detail = f"bounce: {source}, {kind.value}, {reason} ({first.status or 'no status'}"
    why = f"{detail}{': ' + first.diagnostic[:80] if first.diagnostic else ''})"
    return Verdict(Intent.BOUNCE, 0.99 if report.standard else 0.85, facts, (why,))


def _failed(recipient: DsnRecipient) -> bool:
    if recipient.action in ("failed", "delayed", "expired"):  # "expired": SendGrid's word
        return True
    return recipient.action == "" and not recipient.status.startswith("2")


def _own_mail_returned(mail: Mail, failed: list[DsnRecipient]) -> bool:
    """A person's reply ("RE: Overdue invoice ...") with a notice pasted or attached about mail
    they sent to us: every failed address is at a domain the reply is addressed to (or a typo
    of it: "larkspur-cattering"), not theirs. Their words are the message ("we paid on the 5th,
    our remittance bounced"); our collection mail reached them."""
    if mail.dsn is None or mail.dsn.standard or from_mail_system(mail.sender):
        return False
    if not REPLY_PREFIX.match(mail.subject):
        return False
    own = _domain(mail.sender)
    ours = {_domain(address) for address in mail.recipients} - {own, ""}
    return bool(ours) and all(
        recipient.address and _domain(recipient.address) != own
        and any(_near(_domain(recipient.address), domain) for domain in ours)
        for recipient in failed
    )  # fmt: skip


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def _near(typed: str, meant: str) -> bool:
    """The same domain, or one mistyped by at most two letters (Levenshtein distance)."""
    if typed == meant:
        return True
    if abs(len(typed) - len(meant)) > 2 or min(len(typed), len(meant)) < 8:
        return False
    previous = list(range(len(meant) + 1))
    for row, letter in enumerate(typed, 1):
        current = [row]
        for column, other in enumerate(meant, 1):
            current.append(
                min(previous[column] + 1, current[-1] + 1, previous[column - 1] + (letter != other))
            )
        previous = current
    return previous[-1] <= 2
