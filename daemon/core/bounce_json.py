"""Read an Amazon SES bounce notification: JSON, bare or wrapped in an SNS message.

One job: `ses_recipients(text)` returns the `bouncedRecipients` of a notification whose
`notificationType` is "Bounce", each with its action, RFC 3463 status and diagnostic code, or ()
for anything else (complaints and delivery notices are not bounces). Pure; it must not decide the
reason or the kind.
"""

from __future__ import annotations

import json
import re
from typing import Any

from daemon.core.mail import DsnRecipient

_START = re.compile(r'\{\s*"notificationType"\s*:')


def ses_recipients(text: str) -> tuple[DsnRecipient, ...]:
    """The bounced recipients of an SES notification in `text`; () when it is none."""
    if "bouncedRecipients" not in text:
        return ()
    notification = _notification(text) or {}
    bounce = notification.get("bounce")
    if not isinstance(bounce, dict) or notification.get("notificationType") != "Bounce":
        return ()
    found = bounce.get("bouncedRecipients")
    entries = (
        [entry for entry in found if isinstance(entry, dict)] if isinstance(found, list) else []
    )
    transient = bounce.get("bounceType") == "Transient"
    return tuple(_recipient(entry, transient=transient) for entry in entries)


def _notification(text: str) -> dict[str, Any] | None:
    """The notification object: the SNS envelope's "Message" string, or the text itself."""
    decoder = json.JSONDecoder()
    outer = _first_object(decoder, text, text.find("{"))
    if outer is not None and isinstance(outer.get("Message"), str):
        return _first_object(decoder, outer["Message"], 0)
    start = _START.search(text)
    return _first_object(decoder, text, start.start()) if start else outer


def _first_object(decoder: json.JSONDecoder, text: str, start: int) -> dict[str, Any] | None:
    if start < 0:
        return None
    try:
        value, _ = decoder.raw_decode(text, start)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _recipient(entry: dict[str, Any], *, transient: bool) -> DsnRecipient:
    diagnostic = str(entry.get("diagnosticCode", ""))
    status = str(entry.get("status", ""))
    return DsnRecipient(
        address=str(entry.get("emailAddress", "")).strip().lower(),
        action="delayed" if transient and not status.startswith("5") else "failed",
        status=status,
        diagnostic=diagnostic.partition(";")[2].strip() if ";" in diagnostic else diagnostic,
    )
