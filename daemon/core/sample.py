"""Representative template data: what `dunmail check` renders every template with.

Shaped exactly like the context the composer builds for a real reminder, so a template that
renders here cannot fail on a misspelt variable in production.
"""

from __future__ import annotations

from typing import Any


def sample_context(company: Any) -> dict[str, Any]:
    """A two-invoice reminder to a named contact, using the configured company details."""
    invoices = [
        {
            "number": "INV-1001",
            "issue_date": "2026-09-01",
            "due_date": "2026-10-01",
            "amount": "1,200.00 USD",
            "balance": "1,200.00 USD",
            "days_overdue": 30,
            "pay_link": "https://pay.example.com/INV-1001",
        },
        {
            "number": "INV-1017",
            "issue_date": "2026-09-15",
            "due_date": "2026-10-15",
            "amount": "480.00 USD",
            "balance": "80.00 USD",
            "days_overdue": 16,
            "pay_link": "",
        },
    ]
    return {
        "company": company,
        "customer": {"id": "C-001", "name": "Example Customer Inc."},
        "contact": {"first_name": "Dana", "last_name": "Smith", "display_name": "Dana Smith"},
        "invoices": invoices,
        "total": "1,280.00 USD",
        "pay_by": "2026-11-07",
        "preview": "2 invoices, 1,280.00 USD open",
        "step": "first",
    }
