"""Naming a customer on the command line (`daemon.core.lookup`): by id, or by part of a name."""

from __future__ import annotations

import pytest

from daemon.core.lookup import NotOneCustomer, find_customer
from daemon.core.records import Customer

CUSTOMERS = {
    c.id: c
    for c in (
        Customer("C1001", "Northwind Traders Inc."),
        Customer("D2001", "Müller & Söhne GmbH"),
        Customer("D2003", "Hansa Logistik GmbH & Co. KG"),
    )
}


def test_an_id_in_any_case_or_a_unique_part_of_a_name() -> None:
    assert find_customer(CUSTOMERS, "c1001").id == "C1001"
    assert find_customer(CUSTOMERS, " müller ").id == "D2001"
    assert find_customer(CUSTOMERS, "HANSA").id == "D2003"


@pytest.mark.parametrize(
    ("query", "says"),
    [("gmbh", "matches 2 customers: D2001 (Müller & Söhne GmbH), D2003"), ("acme", "no customer"),
     ("  ", "give a customer id")],
)  # fmt: skip
def test_none_or_several_is_said_plainly(query: str, says: str) -> None:
    with pytest.raises(NotOneCustomer, match=says.replace("(", r"\(").replace(")", r"\)")):
        find_customer(CUSTOMERS, query)
