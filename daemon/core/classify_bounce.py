"""Whether a message is a bounce, hard or soft, and for whom: the first rule of `classify`.

One job: `bounce_verdict(mail)` from the delivery report `daemon.core.mail_dsn` read (RFC 3464, or
a non-standard bounce read as well as it could be). Hard means the address itself does not work;
soft, that it may work another day. Pure; it must not decide what to do about the bounce.
"""

from __future__ import annotations

from daemon.core.bounce_reason import is_hard, reason_of
from daemon.core.mail import DsnRecipient, Mail
from daemon.core.verdict import BounceKind, Facts, Intent, Verdict


def bounce_verdict(mail: Mail) -> Verdict | None:
    """A BOUNCE verdict when `mail` reports a failed or delayed delivery, else None."""
    report = mail.dsn
    failed = [r for r in report.recipients if _failed(r)] if report else []
    if report is None or not failed:
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
