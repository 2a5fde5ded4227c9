"""The record codec: exact round trips through JSON, readable values, and loud refusals."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import orjson
import pytest

from daemon.core import codec
from daemon.core.records import (
    ClosedReason,
    Contact,
    Customer,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    HistoryEvent,
    ImapCursor,
    InboundMessage,
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxStatus,
    SequenceState,
    SequenceStatus,
)

BERLIN_SUMMER = timezone(timedelta(hours=2))
AT = datetime(2024, 6, 30, 23, 59, 58, 123456, tzinfo=BERLIN_SUMMER)

FULL: list[Any] = [
    Customer("C1", "Acme GmbH", ("vip", "de"), "Europe/Berlin", "de", "DE"),
    Contact("C1", "AP@Acme.example", "Ann", "Payer", "+49 1", "+49 2", primary=True),
    Invoice(
        "INV-1",
        "C1",
        date(2024, 1, 31),
        date(2024, 2, 29),
        Decimal("1200.50"),
        Decimal("-0.10"),
        "EUR",
        po_number="PO 7",
        terms="net 30",
        pdf_path="pdf/INV-1.pdf",
        pay_link="https://pay.example/INV-1",
        status=InvoiceStatus.CLOSED,
        closed_at=AT,
        closed_reason=ClosedReason.PAID,
    ),
    HistoryEvent(
        AT,
        "C1",
        EventKind.EMAIL_SENT,
        "Reminder 1 sent",
        "INV-1",
        {"to": ["a@b.example"], "n": 2, "ok": True, "x": None, "f": 1.5, "nested": {"k": []}},
    ),
    SequenceState(
        "C1",
        status=SequenceStatus.PAUSED,
        cadence="default",
        last_step="first",
        last_step_index=1,
        repeats_sent=2,
        last_sent_at=AT,
        paused_until=AT + timedelta(days=3),
        reason="promise",
        thread=("<a@x>", "<b@x>"),
        disputed_invoices=("INV-9",),
        undeliverable=("old@acme.example",),
    ),
    SequenceState("C1", invoice="INV-7", last_step_index=0),
    OutboxItem(
        "<m1@dunmail>",
        "C1",
        "ap@acme.example",
        "first",
        ("INV-1", "INV-2"),
        AT,
        OutboxStatus.FAILED,
        3,
        AT,
        "550 no such user",
    ),
    InboundMessage("<r1@acme>", "INBOX", 17, 4242, AT, "C1", "promise_to_pay", AT),
    ImapCursor("INBOX", 17, 4242),
    FollowUp(
        "<r1@customer.example>#promise",
        "C1",
        FollowUpKind.PROMISE,
        date(2024, 3, 1),
        ("2024-0001", "2024-0002"),
        datetime(2024, 2, 20, 9, 30, tzinfo=UTC),
        extra={"promised_date": "2024-03-01", "promised_amount": "120.50"},
        status=FollowUpStatus.SENT,
        closed_at=datetime(2024, 3, 1, 9, 0, tzinfo=UTC),
        message_id="<abc@ar.example>",
        note="broken promise",
    ),
]
MINIMAL: list[Any] = [
    Customer("C2", "Bare"),
    Contact("C2", "x@y.example"),
    Invoice("I2", "C2", date(2024, 1, 1), date(2024, 1, 1), Decimal(0), Decimal(0), "USD"),
    HistoryEvent(datetime(2024, 1, 1), "C2", EventKind.CALL_LOGGED, ""),  # naive stays naive
    SequenceState("C2"),
    OutboxItem("<m2@x>", "C2", "x@y.example", "s", (), datetime(2024, 1, 1, tzinfo=UTC)),
    InboundMessage("<r2@x>", "INBOX", 1, 1, datetime(2024, 1, 1, tzinfo=UTC)),
    ImapCursor("Archive/2024", 0, 0),
    FollowUp("x#payment_check", "C2", FollowUpKind.PAYMENT_CHECK, date(2024, 1, 2), (), AT),
]


def _identical(a: Any, b: Any) -> bool:
    """Equal, and every field of the same type with the same UTC offset / decimal exponent."""
    for field in dataclasses.fields(a):
        x, y = getattr(a, field.name), getattr(b, field.name)
        if x != y or type(x) is not type(y):
            return False
        if isinstance(x, datetime) and x.utcoffset() != y.utcoffset():
            return False
        if isinstance(x, Decimal) and x.as_tuple() != y.as_tuple():
            return False
    return True


@pytest.mark.parametrize("record", FULL + MINIMAL, ids=lambda r: type(r).__name__)
def test_every_record_round_trips_exactly_through_json_bytes(record: Any) -> None:
    doc = codec.encode(record)
    back = codec.decode(type(record), orjson.loads(orjson.dumps(doc)))
    assert back == record
    assert _identical(back, record)
    assert codec.encode(back) == doc


def test_every_record_type_is_covered_by_the_samples() -> None:
    assert {type(r) for r in FULL} == set(codec.RECORD_TYPES)
    assert {type(r) for r in MINIMAL} == set(codec.RECORD_TYPES)


def test_values_are_readable_json() -> None:
    first = {type(record): record for record in reversed(FULL)}  # the first record of each type
    invoice, event = codec.encode(first[Invoice]), codec.encode(first[HistoryEvent])
    outbox = codec.encode(first[OutboxItem])
    assert invoice["amount"] == "1200.50" and invoice["balance"] == "-0.10"
    assert invoice["issue_date"] == "2024-01-31"
    assert invoice["closed_at"] == "2024-06-30T23:59:58.123456+02:00"
    assert invoice["status"] == "closed" and invoice["closed_reason"] == "paid"
    assert event["kind"] == "email_sent"
    assert outbox["invoices"] == ["INV-1", "INV-2"]
    json.dumps(invoice)  # plain JSON, no custom encoder needed


def test_zoneinfo_datetimes_keep_their_offset_and_instant() -> None:
    at = datetime(2024, 1, 15, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    seq = codec.decode(SequenceState, codec.encode(SequenceState("C", last_sent_at=at)))
    assert seq.last_sent_at == at
    assert seq.last_sent_at is not None and seq.last_sent_at.utcoffset() == timedelta(hours=1)


def test_decoded_data_is_a_copy_not_the_stored_document() -> None:
    event = HistoryEvent(AT, "C1", EventKind.MANUAL_ACTION, "s", data={"list": [1]})
    doc = codec.encode(event)
    event.data["list"].append(2)
    assert doc["data"] == {"list": [1]}
    back = codec.decode(HistoryEvent, doc)
    back.data["list"].append(3)
    assert doc["data"] == {"list": [1]}


def test_missing_optional_keys_take_defaults() -> None:
    assert codec.decode(Customer, {"id": "C9", "name": "N"}) == Customer("C9", "N")


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Invoice("I", "C", date(2024, 1, 1), date(2024, 1, 1), 1, Decimal(1), "EUR"), "amount"),  # type: ignore[arg-type]
        (
            Invoice("I", "C", datetime(2024, 1, 1), date(2024, 1, 1), Decimal(1), Decimal(1), "E"),
            "issue_date",
        ),
        (OutboxItem("m", "C", "r", "s", ["I"], AT), "invoices"),  # type: ignore[arg-type]
        (ImapCursor("INBOX", True, 1), "uidvalidity"),
        (SequenceState("C", status="active"), "status"),  # type: ignore[arg-type]
        (HistoryEvent(AT, "C", EventKind.CALL_LOGGED, "", data={"t": (1, 2)}), "data"),
        (HistoryEvent(AT, "C", EventKind.CALL_LOGGED, "", data={"d": Decimal(1)}), "data"),
        (HistoryEvent(AT, "C", EventKind.CALL_LOGGED, "", data={"f": float("nan")}), "data"),
        (HistoryEvent(AT, "C", EventKind.CALL_LOGGED, "", data={1: "x"}), "data"),  # type: ignore[dict-item]
    ],
)
def test_encode_refuses_values_that_would_not_round_trip(record: Any, field: str) -> None:
    with pytest.raises(TypeError, match=rf"\.{field}:"):
        codec.encode(record)


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"id": "C", "name": "N", "colour": "red"}, "unknown field"),
        ({"name": "N"}, "missing"),
        ({"id": 7, "name": "N"}, r"Customer\.id"),
        ({"id": "C", "name": "N", "tags": "vip"}, r"Customer\.tags"),
    ],
)
def test_decode_names_the_problem(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        codec.decode(Customer, doc)


def test_decode_rejects_bad_values_by_field() -> None:
    doc = codec.encode(FULL[2])
    with pytest.raises(ValueError, match=r"Invoice\.amount"):
        codec.decode(Invoice, {**doc, "amount": "12,50"})
    with pytest.raises(ValueError, match=r"Invoice\.status"):
        codec.decode(Invoice, {**doc, "status": "lost"})
    with pytest.raises(ValueError, match=r"Invoice\.due_date"):
        codec.decode(Invoice, {**doc, "due_date": "31.01.2024"})


def test_non_records_are_refused() -> None:
    with pytest.raises(TypeError, match="not a dunmail record"):
        codec.encode(object())
    with pytest.raises(TypeError, match="not a dunmail record"):
        codec.decode(dict, {})
