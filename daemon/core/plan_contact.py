"""Who a reminder goes to, and in which language.

One job: pick the recipient among a customer's contacts and the template language. Pure; it must
not decide whether or when a reminder goes out.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from daemon.core.records import Contact, Customer


def address_key(address: str) -> str:
    """Addresses compare without case (domains are case-insensitive; local parts in practice)."""
    return address.strip().casefold()


def recipient(contacts: Sequence[Contact], undeliverable: Collection[str]) -> Contact | None:
    """The primary contact, else the next one, skipping addresses that bounced permanently.

    `undeliverable` holds `address_key`s.
    """
    ordered = sorted(contacts, key=lambda contact: not contact.primary)  # stable: primary first
    return next(
        (
            contact
            for contact in ordered
            if contact.email.strip() and address_key(contact.email) not in undeliverable
        ),
        None,
    )


def language(customer: Customer, languages: Collection[str], default: str) -> str:
    """The customer's language if there are templates in it ("de_AT" falls back to "de"),
    else `default` (`templates.default_language`)."""
    wanted = customer.language or ""
    for candidate in (wanted, wanted.replace("-", "_").split("_")[0]):
        if candidate and candidate in languages:
            return candidate
    return default
