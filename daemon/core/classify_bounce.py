"""Whether a message is a bounce, hard or soft, and for whom: the first rule of `classify`.

One job: `bounce_verdict(mail)` from the delivery report `daemon.core.mail_dsn` read (RFC 3464, or
a non-standard bounce read as well as it could be). Hard means the address itself does not work;
soft, that it may work another day. Pure; it must not decide what to do about the bounce.
"""

from __future__ import annotations

import re

from daemon.core.mail import DeliveryReport, DsnRecipient, Mail
from daemon.core.verdict import BounceKind, Facts, Intent, Verdict

_ADDRESS_HARD = re.compile(
    r"user unknown|unknown user|no such (?:user|mailbox|recipient|address|domain)"
    r"|(?:mailbox|address|account|user|recipient) (?:does not|doesn't|did not) exist"
    r"|(?:recipient|address|mailbox) (?:not found|unknown|invalid)|invalid (?:recipient|mailbox)"
    r"|unrouteable address|host (?:not found|unknown)|domain (?:not found|does not exist)"
    r"|name or service not known|nxdomain|not our customer|unknown recipient|user not found",
    re.IGNORECASE,
)
_HARD_STATUS = re.compile(r"5\.1\.(?:0|1|2|3|4|6|10)\b")  # addressing failures (RFC 3463 §3.2)


def bounce_verdict(mail: Mail) -> Verdict | None:
    """A BOUNCE verdict when `mail` reports a failed or delayed delivery, else None."""
    report = mail.dsn
    failed = [r for r in report.recipients if _failed(r)] if report else []
    if report is None or not failed:
        return None
    hard = [r for r in failed if _hard(r, report, mail.body)]
    kind = BounceKind.HARD if hard else BounceKind.SOFT
    first = (hard or failed)[0]
    facts = Facts(
        bounce=kind,
        bounced=tuple(dict.fromkeys(r.address for r in failed if r.address)),
        status=first.status,
    )
    source = "RFC 3464 report" if report.standard else "non-standard bounce"
    detail = f"bounce: {source}, {kind.value} ({first.status or 'no status'}"
    reason = f"{detail}{': ' + first.diagnostic[:80] if first.diagnostic else ''})"
    return Verdict(Intent.BOUNCE, 0.99 if report.standard else 0.85, facts, (reason,))


def _failed(recipient: DsnRecipient) -> bool:
    if recipient.action in ("failed", "delayed"):
        return True
    return recipient.action == "" and not recipient.status.startswith("2")


def _hard(recipient: DsnRecipient, report: DeliveryReport, body: str) -> bool:
    """Hard: the address itself does not work (5.1.x or "user unknown"), not a full mailbox or a
    spam filter's rejection, which may pass another day (RFC 3463 §3.1)."""
    if not recipient.permanent and recipient.action != "failed":
        return False
    if recipient.status.startswith("4"):
        return False
    words = f"{recipient.status} {recipient.diagnostic}"
    if not report.standard:
        words += " " + body[:3000]
    return bool(_HARD_STATUS.search(words) or _ADDRESS_HARD.search(words))
