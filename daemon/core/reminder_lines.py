"""Fingerprints of the lines of a reminder we sent: its words must never count as the customer's.

One job: `fingerprints(text)` turns the plain text of a reminder into short hashes of its lines
(case, spacing and ">" quoting ignored; lines of 20 characters or fewer are left out, since "Dear
Pat," or "Thank you" may be the customer's own), small enough to keep with the record of the
sent email; `is_ours(line, prints)` says whether a line of a reply is one of them. A reply that
pastes our reminder without quoting it, or quotes it in a way the quote-cutting does not know,
then still reads as what the customer wrote. Pure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection

_SHORTEST = 21  # characters, once normalised


def fingerprints(text: str) -> frozenset[str]:
    """The fingerprints of the lines of `text` long enough to tell apart."""
    return frozenset(
        print_ for line in text.splitlines() if (print_ := _fingerprint(line)) is not None
    )


def is_ours(line: str, prints: Collection[str]) -> bool:
    """Whether `line` is one of the lines `prints` were taken from."""
    return bool(prints) and _fingerprint(line) in prints


def _fingerprint(line: str) -> str | None:
    plain = " ".join(line.lower().lstrip("> ").split())
    if len(plain) < _SHORTEST:
        return None
    # 12 hex digits (48 bits): a reminder has a few dozen lines, a collision is beyond reach
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()[:12]
