"""Convert domain records to JSON-able dicts and back, exactly.

One job: `encode(record) -> dict` and `decode(RecordType, dict) -> record`, such that
`decode(type(r), encode(r)) == r` for every record in `daemon.core.records`. Dates and datetimes
become ISO 8601 strings (an aware datetime keeps its UTC offset; a `ZoneInfo` comes back as a
fixed offset, which compares equal), `Decimal` becomes its exact string (so "1.50" stays "1.50"),
enums their values, tuples lists. `HistoryEvent.data` must already be JSON-native (str, int,
float, bool, None, list, dict with str keys): anything else would not come back as it went in,
so it is refused at encode time rather than silently changed.

This module is pure: it knows nothing about files, TinyDB or the store's layout.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import types
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from daemon.core.records import (
    Contact,
    Customer,
    FollowUp,
    HistoryEvent,
    ImapCursor,
    InboundMessage,
    Invoice,
    OutboxItem,
    SequenceState,
)

__all__ = ["RECORD_TYPES", "decode", "encode"]

R = TypeVar("R")
Convert = Callable[[Any], Any]

RECORD_TYPES: tuple[type[Any], ...] = (
    Customer,
    Contact,
    Invoice,
    HistoryEvent,
    SequenceState,
    OutboxItem,
    InboundMessage,
    ImapCursor,
    FollowUp,
)


def _expect(kind: type[Any] | tuple[type[Any], ...]) -> Convert:
    def check(value: Any) -> Any:
        # bool is an int subclass: True must not pass for an int field, nor 1 for a bool one.
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise TypeError(f"expected {kind}, got {type(value).__name__} {value!r}")
        return value

    return check


def _encode_date(value: Any) -> str:
    # A datetime is a date subclass; letting one through would lose the date-only meaning.
    if type(value) is not date:
        raise TypeError(f"expected a date, got {type(value).__name__} {value!r}")
    return value.isoformat()


def _encode_datetime(value: Any) -> str:
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__} {value!r}")
    return value.isoformat()


def _encode_decimal(value: Any) -> str:
    if not isinstance(value, Decimal):
        raise TypeError(f"expected a Decimal, got {type(value).__name__} {value!r}")
    return str(value)


def _decode_decimal(value: Any) -> Decimal:
    try:
        return Decimal(_expect(str)(value))
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None


def _json_native(value: Any) -> Any:
    """A deep copy of `value`, checked to survive a JSON round trip unchanged.

    Copying keeps a caller's later edits to a record's `data` from reaching the stored document
    (and a stored document's from reaching the records handed out).
    """
    if value is None or isinstance(value, str | bool):
        return value
    # JSON has no NaN/Infinity, and the store's encoder only takes 64-bit integers.
    if isinstance(value, float) and math.isfinite(value):
        return value
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return value
    if isinstance(value, list):
        return [_json_native(item) for item in value]
    if isinstance(value, dict):
        bad = [key for key in value if not isinstance(key, str)]
        if bad:
            raise TypeError(f"JSON object keys must be str, got {bad[0]!r}")
        return {key: _json_native(item) for key, item in value.items()}
    raise TypeError(f"not JSON-native (would not round-trip): {type(value).__name__} {value!r}")


def _optional(inner: tuple[Convert, Convert]) -> tuple[Convert, Convert]:
    enc, dec = inner
    return (
        lambda v: None if v is None else enc(v),
        lambda v: None if v is None else dec(v),
    )


def _sequence(inner: tuple[Convert, Convert]) -> tuple[Convert, Convert]:
    enc, dec = inner

    def encode_items(value: Any) -> list[Any]:
        if not isinstance(value, tuple):
            raise TypeError(f"expected a tuple, got {type(value).__name__} {value!r}")
        return [enc(item) for item in value]

    def decode_items(value: Any) -> tuple[Any, ...]:
        return tuple(dec(item) for item in _expect(list)(value))

    return encode_items, decode_items


def _enum(kind: type[enum.Enum]) -> tuple[Convert, Convert]:
    def encode_member(value: Any) -> Any:
        if not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}, got {value!r}")
        return value.value

    return encode_member, kind


_SCALARS: dict[Any, tuple[Convert, Convert]] = {
    str: (_expect(str), _expect(str)),
    int: (_expect(int), _expect(int)),
    bool: (_expect(bool), _expect(bool)),
    datetime: (_encode_datetime, lambda v: datetime.fromisoformat(_expect(str)(v))),
    date: (_encode_date, lambda v: date.fromisoformat(_expect(str)(v))),
    Decimal: (_encode_decimal, _decode_decimal),
}


def _converters(hint: Any) -> tuple[Convert, Convert]:
    """Encoder and decoder for one field, chosen once per record type from its annotation."""
    origin = get_origin(hint)
    args = get_args(hint)
    if origin in (Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1 or len(args) != 2:
            raise TypeError(f"unsupported union {hint!r}")
        return _optional(_converters(rest[0]))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(_converters(args[0]))
    if origin is dict:
        return _json_native, _json_native
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum(hint)
    if hint in _SCALARS:
        return _SCALARS[hint]
    raise TypeError(f"no codec for field type {hint!r}")


@dataclasses.dataclass(frozen=True, slots=True)
class _Plan:
    fields: tuple[tuple[str, Convert, Convert], ...]
    names: frozenset[str]


def _plan_for(kind: type[Any]) -> _Plan:
    hints = get_type_hints(kind)
    fields = tuple((f.name, *_converters(hints[f.name])) for f in dataclasses.fields(kind))
    return _Plan(fields, frozenset(name for name, _, _ in fields))


_PLANS: dict[type[Any], _Plan] = {kind: _plan_for(kind) for kind in RECORD_TYPES}


def encode(record: object) -> dict[str, Any]:
    """The JSON-able dict for `record`; raises TypeError if a field holds the wrong type."""
    plan = _PLANS.get(type(record))
    if plan is None:
        raise TypeError(f"not a dunmail record: {type(record).__name__}")
    out: dict[str, Any] = {}
    for name, enc, _ in plan.fields:
        try:
            out[name] = enc(getattr(record, name))
        except TypeError as exc:
            raise TypeError(f"{type(record).__name__}.{name}: {exc}") from None
    return out


def decode(kind: type[R], doc: Mapping[str, Any]) -> R:
    """Rebuild a `kind` record from `doc`; missing keys take the field's default.

    Raises ValueError naming the field for unknown keys or unreadable values, so a damaged store
    is reported precisely instead of producing a half-right record.
    """
    plan = _PLANS.get(kind)
    if plan is None:
        raise TypeError(f"not a dunmail record: {kind!r}")
    unknown = doc.keys() - plan.names
    if unknown:
        raise ValueError(f"{kind.__name__}: unknown field(s) {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for name, _, dec in plan.fields:
        if name in doc:
            try:
                values[name] = dec(doc[name])
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{kind.__name__}.{name}: {exc}") from None
    try:
        return kind(**values)
    except TypeError as exc:  # a required field is missing
        raise ValueError(f"{kind.__name__}: {exc}") from None
