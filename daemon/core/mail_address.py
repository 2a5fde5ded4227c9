"""Address-list header values -> (display name, address) pairs, as `email.utils.getaddresses`.

One job: `read_addresses(values)`. Nearly every From, To or Cc a reply carries is a plain list
("Name <local@domain>", "local@domain", separated by commas); such a value is split with one
regular expression. Anything else (quoted names, comments, groups, encoded words, an address
without its brackets closed) goes to the stdlib's RFC 5322 §3.4 parser, whose pure-Python
tokenizer cost a tenth of reading a reply. Both give the same pairs for a plain list.
"""

from __future__ import annotations

import re
from email.utils import getaddresses

# RFC 5322 §3.2.3 atext, in dot-atom form (§3.4.1), ASCII only: nothing the stdlib would read
# differently. A display name of words only (no quotes, dots, commas or comments).
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_NAME = r"[^\W\d_](?:[\w'-]| (?=[\w'-]))*"
_PLAIN = re.compile(
    rf"[ \t]*(?:(?P<name>{_NAME})?[ \t]*<(?P<routed>{_LOCAL}@{_DOMAIN})>"
    rf"|(?P<bare>{_LOCAL}@{_DOMAIN}))[ \t]*(?:,|$)"
)


def read_addresses(values: list[str]) -> list[tuple[str, str]]:
    """The (name, address) pairs of address-list header `values`, in order."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        plain = _plain(value)
        pairs += getaddresses([value]) if plain is None else plain
    return pairs


def _plain(value: str) -> list[tuple[str, str]] | None:
    """The pairs of a plain list, or None where the value is anything else."""
    pairs: list[tuple[str, str]] = []
    position = 0
    while position < len(value):
        found = _PLAIN.match(value, position)
        if found is None:
            return None
        pairs.append(
            (found["name"] or "", found["routed"]) if found["routed"] else ("", found["bare"])
        )
        position = found.end()
    return pairs or None
