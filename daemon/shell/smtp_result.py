"""What became of one SMTP submission: `SendResult`, and how the server's replies add up to it.

One job: turn the replies to RCPT and DATA into one result with an outcome per recipient. It must
not talk to a server (`daemon.shell.smtp` does) nor decide when to retry (`daemon.core.retry`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from daemon.core.retry import Outcome, classify

_SEVERITY = {Outcome.SENT: 0, Outcome.RETRY: 1, Outcome.REJECTED: 2}


@dataclass(frozen=True, slots=True)
class SendResult:
    """What became of one message.

    `outcome` is the worst over all recipients (REJECTED > RETRY > SENT); `outcome_for` gives
    each recipient's own. `accepted` lists who the server took the message for: it is non-empty
    only when DATA succeeded. `config_error` marks failures of our setup (certificate, TLS mode,
    login) that every message would meet: the caller should stop sending, not fail each one.

    `maybe_accepted` is True exactly when the connection was lost or timed out after the message
    content was sent and before the server's reply to it. The outcome is RETRY, but the server
    may have queued the message already (its 250 takes responsibility, RFC 5321 §6.1, and a
    lost one is the classic cause of duplicates, RFC 1047): the caller must look for proof of
    acceptance (its acceptance copy) before sending again.
    """

    outcome: Outcome
    code: int | None
    detail: str  # one line, never the password
    refused: Mapping[str, tuple[int, str]] = field(default_factory=lambda: MappingProxyType({}))
    accepted: tuple[str, ...] = ()
    config_error: bool = False
    maybe_accepted: bool = False

    def outcome_for(self, recipient: str) -> Outcome:
        """SENT if the server took it for `recipient`, else what their refusal (or all) means."""
        if recipient in self.accepted:
            return Outcome.SENT
        if recipient in self.refused:
            return classify(self.refused[recipient][0], connection_error=False)
        return self.outcome


def one_line(text: str) -> str:
    return " ".join(text.split())


def refused_by_all(refused: dict[str, tuple[int, str]]) -> SendResult:
    """Every RCPT refused: no DATA was sent."""
    outcome, code = _worst(refused)
    detail = f"RCPT TO: every recipient refused: {_refusals(refused)}"
    return SendResult(outcome, code, detail, MappingProxyType(refused))


def addressee_refused(refused: dict[str, tuple[int, str]], addressee: str) -> SendResult:
    """The addressee's RCPT was refused: no DATA was sent, not even for the copies."""
    code, _ = refused[addressee]
    detail = f"RCPT TO: {_refusals({addressee: refused[addressee]})}; nothing sent"
    outcome = classify(code, connection_error=False)
    return SendResult(outcome, code, detail, MappingProxyType(refused))


def delivered(
    code: int, text: str, refused: dict[str, tuple[int, str]], accepted: tuple[str, ...]
) -> SendResult:
    """DATA accepted (reply `code` `text`) for `accepted`; `refused` were refused at RCPT."""
    reply = f"{code} {one_line(text)}"
    if not refused:
        return SendResult(Outcome.SENT, code, f"accepted: {reply}", accepted=accepted)
    outcome, worst_code = _worst(refused)
    detail = f"accepted for {', '.join(accepted)} ({reply}); refused {_refusals(refused)}"
    return SendResult(outcome, worst_code, detail, MappingProxyType(refused), accepted)


def _worst(refused: Mapping[str, tuple[int, str]]) -> tuple[Outcome, int]:
    graded = [(classify(code, connection_error=False), code) for code, _text in refused.values()]
    return max(graded, key=lambda pair: _SEVERITY[pair[0]])


def _refusals(refused: Mapping[str, tuple[int, str]]) -> str:
    return "; ".join(f"{address}: {code} {text}" for address, (code, text) in refused.items())
