"""Read a non-standard bounce from its text: who failed, with what code, after which command.

One job: `text_recipients(text, ...)` for bounces that are not RFC 3464 reports (qmail, Exim,
Exchange, Domino, provider notices, ...) and `smtp_command(text)` for any bounce. Each failed
address gets the paragraph that names it as its diagnostic, the first status code there (RFC 3463
"5.1.1", else an SMTP reply code, RFC 5321 §4.2.3) and the SMTP command the remote host refused.
Pure and never raises; it must not decide the bounce's reason or kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from daemon.core.case_blind import CaseBlind
from daemon.core.literal_index import required_literals
from daemon.core.mail import DsnRecipient
from daemon.core.regex_start import guarded

_ORIGINAL_PHRASE = (
    r"original message|copy of (?:the|your) message|message headers follow|returned message"
    r"|headers of the original|original mail|undelivered message|unsent message"
    r"|original-envelope|received-headers|message was not delivered"
)
# Where the returned message begins: a marked separator line ("----- Original message -----"),
# a line that is only the phrase, or the first returned header. Searched in the lower-cased text
# after a newline: the engine then jumps from line to line, where a case-blind search tried every
# alternative at every character (three times the cost over a bounce's text).
_ORIGINAL_STARTS = re.compile(
    rf"\n(?:[ \t]*[-=*_#<>\[]{{2,}}[^\n]{{0,40}}(?:{_ORIGINAL_PHRASE})"
    rf"|[ \t]*(?:the |a )?(?:{_ORIGINAL_PHRASE})[^\n.]{{0,30}}[:.]?[ \t]*$"
    r"|[ \t]*content-type: message/rfc822|(?:received|return-path|message-id): )",
    re.MULTILINE,
)
_ADDRESS = re.compile(r"[\w.+'=/-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_NOT_RECIPIENT = re.compile(
    r"^(?:mailer-daemon|post_?master|mail-?daemon|mdaemon|no-?reply|bounce)", re.IGNORECASE
)
# The look-ahead first: a position that is no "5.x" is ruled out before the look-behind is tried.
_ENHANCED = re.compile(r"(?=[245]\.\d)(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)")
_SMTP_CODE = re.compile(r"(?:^|[:(\s<#])([45][0-5]\d)(?:[\s\-:.,)]|$)", re.MULTILINE)
_DELAYED = CaseBlind(
    r"delayed|will (?:continue|keep) trying|still being retried|not yet been delivered"
    r"|will retry|temporar(?:y|ily) (?:failure|deferred|unable)|deferred",
)
# "(in reply to RCPT TO command)" (Postfix), "after RCPT TO:<...>" (Exim), ">>> RCPT To:"
# (Sendmail's transcript), "does not like recipient" (qmail), ... -> the refused command.
# One search for all of them: the leftmost phrase wins, and at one place the first command listed.
_COMMAND = guarded(re.compile("|".join(f"(?P<{name}>{phrases})" for name, phrases in (
    ("DATA", r"in reply to (?:end of )?data|after (?:end of )?data|>>> data\b"
             r"|failed after i sent the message|after (?:the )?message body"
             r"|smtp command[\s:-]*data"),
    ("RCPT", r"in reply to rcpt|after rcpt|>>> rcpt|rcpt to\b|does not like recipient"
             r"|\[rcpt_to\]|smtp command[\s:-]*rcpt"),
    ("MAIL", r"in reply to mail|after mail from|>>> mail from|mail from:\s*<"
             r"|does not like sender"),
    ("HELO", r"in reply to (?:helo|ehlo)|after (?:helo|ehlo)|>>> (?:helo|ehlo)"),
    ("CONN", r"after initial connection|establish an smtp connection|connection refused"
             r"|greeting"),
))))  # fmt: skip
# Strings one of which every match of `_COMMAND` contains: most texts hold none, and one look for
# each is cheaper than the search.
_COMMAND_WORDS = tuple(sorted(required_literals(_COMMAND) or ("",)))
_MAX_ADDRESSES = 20
_ADDRESS_FIRST = re.compile(r"^[<\"']?[\w.+'=/-]+@[\w-]+\.")  # another recipient's line
_REPLY_LINE = re.compile(r"^[45]\d\d[ -]")
_QUOTED_HEADER = re.compile(r"^\s*(?:to|from|cc|sender|reply-to|date|subject)\s*:", re.IGNORECASE)


def text_recipients(
    text: str, *, ignore: tuple[str, ...], failed: tuple[str, ...] = (), command: str = ""
) -> tuple[DsnRecipient, ...]:
    """The failed recipients named in a bounce's own words (before the returned message).

    `ignore` are addresses that cannot have failed (the bounce's and the bounced message's
    senders); `failed` are addresses a header names (X-Failed-Recipients), which come first;
    `command` is the SMTP command to assume when the text names none. A bounce that names nobody
    yields one recipient with an empty address.
    """
    section = human_part(text)
    status, line = _status(section)
    delayed = status.startswith("4") or (not status and _DELAYED.search(section[:2000]) is not None)
    found = _candidates(section, ignore, failed)
    recipients = []
    for address in found[:_MAX_ADDRESSES] or [""]:
        paragraph = paragraph_of(section, address, others=found) if address else ""
        own_status, _ = _status(paragraph)
        diagnostic = paragraph if own_status else f"{paragraph} {line}".strip()
        recipients.append(
            DsnRecipient(
                address=address,
                action="delayed" if delayed else "failed",
                status=own_status or status,
                diagnostic=" ".join((diagnostic or section[:600]).split())[:600],
                command=smtp_command(paragraph) or smtp_command(section) or command,
            )
        )
    return tuple(recipients)


def _candidates(section: str, ignore: tuple[str, ...], failed: tuple[str, ...]) -> list[str]:
    """Addresses the text names outside quoted header lines, in order; a postmaster address
    only when there is nothing else (it is usually where to ask for help)."""
    named = [a.lower() for line in section.split("\n") if not _QUOTED_HEADER.match(line)
             for a in _ADDRESS.findall(line)]  # fmt: skip
    addresses = [a for a in dict.fromkeys([*failed, *named]) if a not in ignore]
    return [a for a in addresses if not _NOT_RECIPIENT.match(a)] or addresses[:1]


@lru_cache(maxsize=16)  # asked of the same text by the report reader and the text reader
def human_part(text: str) -> str:
    """The bounce's own words: the text before the returned message or its headers begin."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter such as "İ" grew: positions would not be the text's
        lowered = "".join(char.lower()[0] for char in text)  # "İ" -> "i", as a case-blind match
    # The newline put in front stands for the start of the text; a line must begin at 40 or later.
    cut = _ORIGINAL_STARTS.search("\n" + lowered, 40)
    return text[: cut.start()] if cut else text


@lru_cache(maxsize=64)  # asked of the same notice for each of its recipients
def smtp_command(text: str) -> str:
    """The SMTP command a remote host refused, as the bounce's text tells it; "" when unsaid."""
    flat = (" ".join(text.split()) if "\n" in text else text).lower()
    if not any(word in flat for word in _COMMAND_WORDS):
        return ""
    found = _COMMAND.search(flat)  # lower-cased: a plain search is several times faster
    return found.lastgroup or "" if found else ""


def paragraph_of(section: str, address: str, *, others: list[str] | tuple[str, ...] = ()) -> str:
    """The lines about `address`: its first line not quoting a header ("To: ..."), the lines up to
    a blank line or one naming another of `others`, and the next few (or the one before) when
    that line is bare."""
    lines = section.split("\n")
    at = next((i for i, line in enumerate(lines) if _names(line, address)), -1)
    if at < 0:
        return ""
    block = [lines[at]]
    bare = len(lines[at].strip()) < len(address) + 12
    if bare and at > 0 and lines[at - 1].strip() and not _ADDRESS.search(lines[at - 1]):
        block.insert(0, lines[at - 1])  # "User not listed in ...\n<address>" (Lotus Notes)
    rivals = [other for other in others if other != address and address not in other]
    for line in lines[at + 1 : at + 12]:
        if _ends_block(line, block, rivals):
            break
        if not line.strip() and not bare:
            if _ENHANCED.search(" ".join(block)) or _SMTP_CODE.search("\n".join(block)):
                break
            bare = True  # no code yet: the reason may follow after a blank line
        if line.strip():
            block.append(line)
            bare = bare and len(line.strip()) < 24
    return "\n".join(block)[:1500]


def _ends_block(line: str, block: list[str], rivals: list[str]) -> bool:
    """A line about someone else: another address, or a new reply-code line in a transcript."""
    lowered = line.lower()
    if _ADDRESS_FIRST.match(line) or any(other in lowered for other in rivals):
        return True
    return bool(_REPLY_LINE.match(line)) and any(_REPLY_LINE.match(seen) for seen in block)


def _names(line: str, address: str) -> bool:
    return address in line.lower() and not _QUOTED_HEADER.match(line)


def _status(section: str) -> tuple[str, str]:
    """The first status code in a text and the line it is on; "5.0.0" for a bare 550."""
    enhanced = _ENHANCED.search(section)
    if enhanced:
        return enhanced[1], _line_at(section, enhanced.start())
    code = _SMTP_CODE.search(section)
    if code:
        return f"{code[1][0]}.0.0", _line_at(section, code.start(1))
    return "", ""


def _line_at(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return " ".join(text[start : end if end >= 0 else len(text)].split())[:300]
