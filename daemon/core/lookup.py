"""Which customer a collector means: by id, or by a piece of the name as people type it.

One job: `find_customer(customers, query)` returns the one customer the query names, or says why
it names none (unknown, or several: then which). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping

from daemon.core.records import Customer


class NotOneCustomer(LookupError):
    """The query names no customer, or more than one."""


def find_customer(customers: Mapping[str, Customer], query: str) -> Customer:
    """The customer whose id is `query` (any case), else the only one whose name contains it."""
    wanted = query.strip().casefold()
    if not wanted:
        raise NotOneCustomer("give a customer id or part of a name")
    for customer in customers.values():
        if customer.id.casefold() == wanted:
            return customer
    found = [c for c in customers.values() if wanted in c.name.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotOneCustomer(f"no customer has the id or a name containing {query!r}")
    named = ", ".join(f"{c.id} ({c.name})" for c in sorted(found, key=lambda c: c.id)[:5])
    raise NotOneCustomer(f"{query!r} matches {len(found)} customers: {named}; give the id")
