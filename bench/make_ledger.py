"""A realistic synthetic ledger of any size: the open-invoice export and the contacts file.

Customers in several countries, time zones, languages and currencies, each with one to four
accounts-payable contacts (one primary); invoices spread over ages from not yet due to a year
overdue, most in full, some partly paid, a few credit notes; the columns of the shipped example
(`examples/ledger.csv`, `examples/contacts.csv`), so `ledger.path` and `ledger.contacts_path`
read it with the default settings. Seeded: the same arguments always give the same files.

Run: `python bench/make_ledger.py --invoices 100000 --customers 20000 --out DIR`; `write()` is
what the benchmarks call.
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

LEDGER_COLUMNS = (
    "customer_id", "customer_name", "tags", "timezone", "language", "country",
    "contact_first_name", "contact_last_name", "contact_email", "contact_phone", "contact_fax",
    "invoice_number", "invoice_date", "due_date", "amount", "balance", "currency", "po_number",
    "terms", "pdf", "pay_link",
)  # fmt: skip
CONTACT_COLUMNS = ("customer_id", "first_name", "last_name", "email", "phone", "fax", "primary")

# (country, time zone, language, currency, weight): most customers at home, some abroad.
MARKETS = (
    ("US", "America/New_York", "en", "USD", 40), ("US", "America/Chicago", "en", "USD", 15),
    ("US", "America/Los_Angeles", "en", "USD", 12), ("GB", "Europe/London", "en", "GBP", 8),
    ("DE", "Europe/Berlin", "de", "EUR", 8), ("FR", "Europe/Paris", "fr", "EUR", 6),
    ("NL", "Europe/Amsterdam", "nl", "EUR", 4), ("ES", "Europe/Madrid", "es", "EUR", 4),
    ("IT", "Europe/Rome", "it", "EUR", 3),
)  # fmt: skip
FIRST = ("Dana", "Raymond", "Priya", "Marcus", "Sabine", "Luc", "Ana", "Giulia", "Sven", "Mei")
LAST = ("Whitfield", "Choi", "Shah", "Oyelaran", "Krüger", "Moreau", "García", "Rossi", "De Vries")
TRADES = ("Traders", "Hardware", "Software", "Logistics", "Foods", "Textiles", "Clinic", "Studio")
FORMS = ("Inc.", "LLC", "Ltd.", "GmbH", "SARL", "B.V.", "S.L.", "S.r.l.")
TERMS = ((30, "Net 30"), (30, "Net 30"), (60, "Net 60"), (14, "Net 14"), (45, "Net 45"))
# Days past due of each invoice on `today`, by weight: the long tail a small business has.
AGES = ((-20, -1, 20), (0, 30, 30), (31, 60, 20), (61, 90, 12), (91, 180, 12), (181, 365, 6))


def write(
    directory: Path, *, invoices: int, customers: int, today: date, seed: int = 20261122
) -> tuple[Path, Path]:
    """Write `ledger.csv` and `contacts.csv` into `directory`; their paths."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    ledger, contacts = directory / "ledger.csv", directory / "contacts.csv"
    people = [_customer(rng, n) for n in range(customers)]
    with contacts.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CONTACT_COLUMNS)
        for customer in people:
            for index, person in enumerate(customer.contacts):
                writer.writerow([customer.id, *person, "yes" if index == 0 else "no"])
    with ledger.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(LEDGER_COLUMNS)
        for number in range(invoices):
            # Every customer owes something; the rest go to a few more than others.
            customer = people[number] if number < customers else rng.choice(people)
            writer.writerow(_invoice(rng, customer, number, today))
    return ledger, contacts


@dataclass(frozen=True)
class _Customer:
    id: str
    name: str
    tags: str
    zone: str
    language: str
    country: str
    currency: str
    contacts: tuple[tuple[str, str, str, str, str], ...]  # first, last, email, phone, fax
    terms: str
    term_days: int


def _customer(rng: random.Random, n: int) -> _Customer:
    country, zone, language, currency, _ = rng.choices(MARKETS, [m[4] for m in MARKETS])[0]
    name = f"{rng.choice(LAST)} {rng.choice(TRADES)} {rng.choice(FORMS)}"
    domain = f"c{n:06d}.example"
    people = []
    for index in range(rng.choice((1, 1, 2, 2, 3, 4))):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        phone = f"+1 555 {rng.randrange(10**7):07d}" if rng.random() < 0.7 else ""
        email = f"ap@{domain}" if index == 0 else f"{first.lower()}.{index}@{domain}"
        people.append((first, last, email, phone, ""))
    term_days, terms = rng.choice(TERMS)
    tags = "|".join(t for t in ("key-account", "net60", "slow-payer") if rng.random() < 0.1)
    return _Customer(
        f"C{n:06d}", name, tags, zone, language, country, currency, tuple(people), terms, term_days
    )


def _invoice(rng: random.Random, customer: _Customer, number: int, today: date) -> list[str]:
    low, high, _ = rng.choices(AGES, [a[2] for a in AGES])[0]
    due = today - timedelta(days=rng.randint(low, high))
    issued = due - timedelta(days=customer.term_days)
    credit = rng.random() < 0.02
    cents = rng.randrange(5_000, 2_500_000)
    amount = -cents // 10 if credit else cents
    balance = amount if credit or rng.random() < 0.85 else amount - rng.randrange(1, amount)
    first, last, email, phone, fax = customer.contacts[0]
    invoice = f"{'CN' if credit else 'INV'}-{number:07d}"
    po_number = f"PO-{rng.randrange(10**5):05d}" if rng.random() < 0.4 else ""
    return [
        customer.id, customer.name, customer.tags, customer.zone, customer.language,
        customer.country, first, last, email, phone, fax, invoice, issued.isoformat(),
        due.isoformat(), _money(amount), _money(balance), customer.currency, po_number,
        customer.terms, "", "",
    ]  # fmt: skip


def _money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole}.{rest:02d}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 23))
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args()
    ledger, contacts = write(
        arguments.out,
        invoices=arguments.invoices,
        customers=arguments.customers,
        today=arguments.today,
        seed=arguments.seed,
    )
    print(f"{ledger} and {contacts} written")


if __name__ == "__main__":
    main()
