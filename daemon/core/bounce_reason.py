"""Why one recipient bounced, and whether that is hard or soft.

One job: `reason_of(recipient) -> str` names the cause ("userunknown", "mailboxfull", ...) from the
enhanced status code (RFC 3463), the SMTP reply code and command (RFC 5321 §4.2) and the
diagnostic text, in the order Sisimai (a bounce-mail analyser) tries them; `is_hard(reason, code)`
says whether the address itself does not work. Pure; it reads no message, only the fields
`daemon.core.mail_dsn` found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daemon.core.bounce_patterns import ALTERNATIVES
from daemon.core.literal_index import LiteralIndex, required_literals
from daemon.core.mail import DsnRecipient

# RFC 3463 enhanced status codes -> reason; codes not listed say too little on their own.
_STATUS_REASON = {
    "4.1.6": "hasmoved", "4.1.7": "rejected", "4.1.8": "rejected", "4.1.9": "systemerror",
    "4.2.1": "blocked", "4.2.2": "mailboxfull", "4.2.3": "exceedlimit", "4.2.4": "filtered",
    "4.3.1": "systemfull", "4.3.2": "notaccept", "4.3.3": "systemerror", "4.3.5": "systemerror",
    "4.4.1": "expired", "4.4.2": "networkerror", "4.4.3": "systemerror", "4.4.4": "networkerror",
    "4.4.5": "systemfull", "4.4.6": "networkerror", "4.4.7": "expired", "4.5.3": "systemerror",
    "4.6.0": "contenterror", "4.7.1": "blocked", "4.7.25": "requireptr", "4.7.26": "authfailure",
    "5.1.0": "userunknown", "5.1.1": "userunknown", "5.1.2": "hostunknown",
    "5.1.3": "userunknown", "5.1.4": "filtered", "5.1.6": "hasmoved", "5.1.7": "rejected",
    "5.1.8": "rejected", "5.1.9": "systemerror", "5.1.10": "notaccept", "5.2.0": "filtered",
    "5.2.1": "filtered", "5.2.2": "mailboxfull", "5.2.3": "exceedlimit", "5.2.4": "filtered",
    "5.3.0": "systemerror", "5.3.1": "systemfull", "5.3.2": "notaccept", "5.3.3": "systemerror",
    "5.3.4": "mesgtoobig", "5.3.5": "systemerror", "5.4.0": "networkerror",
    "5.4.3": "systemerror", "5.4.4": "hostunknown", "5.5.2": "syntaxerror",
    "5.5.3": "toomanyconn", "5.5.4": "systemerror", "5.5.5": "systemerror",
    "5.7.13": "suspend", "5.7.17": "hasmoved", "5.7.18": "hasmoved", "5.7.20": "authfailure",
    "5.7.21": "authfailure", "5.7.22": "authfailure", "5.7.23": "authfailure",
    "5.7.24": "authfailure", "5.7.25": "requireptr", "5.7.26": "authfailure",
    "5.7.27": "notaccept", "5.7.28": "spamdetected", "5.7.29": "authfailure",
    "5.7.30": "failedstarttls", "4.7.2": "blocked", "4.7.16": "mesgtoobig",
    "5.7.16": "mesgtoobig", "4.7.24": "authfailure", "5.5.6": "syntaxerror",
    **{f"5.7.{n}": "securityerror" for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15, 19)},
    **{f"4.7.{n}": "securityerror" for n in (5, 6, 7, 12, 15)},
}  # fmt: skip
HARD_REASONS = frozenset(("userunknown", "hostunknown", "hasmoved"))
_BEFORE_DATA = frozenset(("CONN", "EHLO", "HELO", "MAIL", "RCPT"))  # RFC 5321 §3.3 order
_UNCERTAIN = frozenset(("userunknown", "hostunknown", "onhold", "undefined", "systemerror",
                        "securityerror", "expired", "networkerror", ""))  # fmt: skip
_NOT_USER = ("norelaying", "blocked", "mailboxfull", "hasmoved", "rejected", "notaccept")
_NOT_REJECTED = re.compile(r"5\.1\.0 address rejected|recipient address rejected|sender ip address")
# "550 : User unknown": the address left out of the reply is how a content filter answers (au/KDDI).
_FILTER_ANSWER = re.compile(r"(?=5)\b5\d\d[ :]*: ?user unknown")  # the look-ahead skips the rest
# The address exists but its owner's preferences, or the sender's volume, refused the message.
_NOT_USER_TEXT = re.compile(
    r"recipient preferences|user reject|refuses to (?:receive|accept)|blocked by the recipient"
    r"|too many recipients|sent to too many"
)
_CLASS_REASON = {"6": "contenterror", "7": "securityerror"}  # X.6.x media, X.7.x security
_SENDER_REJECTED = re.compile(r"\bsender (?:address )?(?:rejected|was rejected)")
# The look-ahead first: a position that is no reply code is ruled out before the look-behind.
_REPLY = re.compile(r"(?=[245][0-5]\d)(?<![\d.])([245][0-5]\d)(?![\d.])")
_FALLBACK_ORDER = (
    "mailboxfull", "authfailure", "badreputation", "speeding", "spamdetected", "virusdetected",
    "policyviolation", "norelaying", "systemerror", "networkerror", "suspend", "contenterror",
    "systemfull", "notaccept", "expired", "failedstarttls", "securityerror", "suppressed",
    "mailererror",
)  # fmt: skip


# Keyed by (reason, number of the alternative): a diagnostic is searched only with the
# alternatives whose strings it holds.
_PHRASE_INDEX = LiteralIndex(
    {
        (name, number): required_literals(alternative)
        for name, alternatives in ALTERNATIVES.items()
        for number, alternative in enumerate(alternatives)
    }
)


class _Case:
    """One recipient's evidence, lower-cased once."""

    __slots__ = ("action", "command", "possible", "reply", "status", "status_reason", "text")

    def __init__(self, recipient: DsnRecipient) -> None:
        self.status = recipient.status
        self.status_reason = _STATUS_REASON.get(recipient.status, "")
        self.text = " ".join(recipient.diagnostic.lower().split())
        self.command = recipient.command.upper()
        self.action = recipient.action
        reply = _REPLY.search(self.text)
        self.reply = reply[1] if reply else ""
        # About twenty reasons are probed per recipient: one scan tells which alternatives of
        # which could fit at all.
        self.possible: dict[str, list[int]] = {}
        for name, number in sorted(_PHRASE_INDEX.candidates(self.text)):
            self.possible.setdefault(name, []).append(number)

    def says(self, reason: str) -> bool:
        alternatives = ALTERNATIVES[reason]
        if not any(alternatives[n].search(self.text) for n in self.possible.get(reason, ())):
            return False
        return reason != "rejected" or _NOT_REJECTED.search(self.text) is None


def reason_of(recipient: DsnRecipient) -> str:
    """The bounce reason: an explicit one the report named, else the first probe that fits."""
    if recipient.reason:
        return recipient.reason
    case = _Case(recipient)
    if case.status.startswith("2"):
        return "delivered"
    for name, probe in _PROBES:
        if probe(case):
            return name
    return _fallback(case)


def is_hard(reason: str, code: str) -> bool:
    """Hard: the address does not work (no such user or host, moved), or the host refuses all
    mail with a permanent code (null MX, RFC 7505). `code` is the status or reply code."""
    if reason in HARD_REASONS:
        return True
    return reason == "notaccept" and not code.startswith("4")


def _fallback(case: _Case) -> str:
    """No probe fitted: phrases of the remaining reasons, then the status code alone."""
    if case.status_reason in _UNCERTAIN:
        for name in _FALLBACK_ORDER:
            if case.says(name):
                return name
    if case.status_reason == "userunknown" and _SENDER_REJECTED.search(case.text):
        return "rejected"  # "5.1.0 <we@ours> sender rejected": about us, not the address
    return case.status_reason or _CLASS_REASON.get(case.status[2:3]) or _last_resort(case)


def _last_resort(case: _Case) -> str:
    if case.action == "delayed" or case.status.startswith("4"):
        return "expired"
    if case.command in ("EHLO", "HELO"):
        return "blocked"
    return "onhold" if case.text else "undefined"


def _userunknown(case: _Case) -> bool:
    if case.status_reason == "userunknown":
        vetoed = _NOT_USER_TEXT.search(case.text) or any(case.says(o) for o in _NOT_USER)
        return not vetoed
    if _FILTER_ANSWER.search(case.text) or _NOT_USER_TEXT.search(case.text):
        return False
    # A bounce that does not say which command failed is read as a refused RCPT, unless its
    # status says the mailbox exists but refused the message (X.2.x, RFC 3463 §3.3).
    unsaid = not case.command and case.status_reason not in ("filtered", "securityerror")
    return (case.command == "RCPT" or unsaid) and case.says("userunknown")


def _filtered(case: _Case) -> bool:
    if case.status_reason == "filtered":
        return case.says("userunknown") or case.says("filtered")
    if case.command in _BEFORE_DATA or _FILTER_ANSWER.search(case.text):
        return bool(_FILTER_ANSWER.search(case.text))
    return case.says("filtered") or case.says("userunknown")


def _rejected(case: _Case) -> bool:
    if case.status_reason == "rejected":
        return True
    if not case.says("rejected"):
        return False
    if case.command == "MAIL":
        return True
    if case.command == "DATA":
        return case.status_reason != "userunknown"
    return case.status_reason in ("", "securityerror", "systemerror")


def _hostunknown(case: _Case) -> bool:
    if case.says("networkerror"):  # a failed lookup may succeed later
        return False
    return case.status_reason == "hostunknown" or case.says("hostunknown")


def _spamdetected(case: _Case) -> bool:
    if not case.status:
        return False
    if case.status_reason == "spamdetected":
        return True
    return case.command not in _BEFORE_DATA and case.says("spamdetected")


def _plain(reason: str) -> Callable[[_Case], bool]:
    """The status code names the reason, or the text says it."""
    return lambda case: case.status_reason == reason or case.says(reason)


def _norelaying(case: _Case) -> bool:
    return case.command not in ("CONN", "EHLO", "HELO") and case.says("norelaying")


def _mesgtoobig(case: _Case) -> bool:
    if case.status_reason == "mesgtoobig":
        return True
    return case.status_reason != "exceedlimit" and case.says("mesgtoobig")


_PROBES: tuple[tuple[str, Callable[[_Case], bool]], ...] = (
    ("mailboxfull", _plain("mailboxfull")),
    ("mesgtoobig", _mesgtoobig),
    ("exceedlimit", _plain("exceedlimit")),
    ("suspend", lambda case: case.reply == "525" or case.says("suspend")),
    ("hasmoved", lambda case: case.says("hasmoved")),
    ("norelaying", _norelaying),
    ("authfailure", _plain("authfailure")),
    ("userunknown", _userunknown),
    ("filtered", _filtered),
    ("requireptr", _plain("requireptr")),
    ("notcompliantrfc", lambda case: case.says("notcompliantrfc")),
    ("badreputation", lambda case: case.says("badreputation")),
    ("contenterror", _plain("contenterror")),
    ("rejected", _rejected),
    ("hostunknown", _hostunknown),
    ("spamdetected", _spamdetected),
    ("speeding", lambda case: case.says("speeding")),
    ("toomanyconn", lambda case: case.says("toomanyconn")),
    ("blocked", _plain("blocked")),
)
