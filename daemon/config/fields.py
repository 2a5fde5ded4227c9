"""Value types shared by the config sections, each with a message written for a human.

Validators here raise `PydanticCustomError` so the loader can show the message as is, without
pydantic's "Value error, " prefix. Nothing here reads files or the environment; config paths are
made absolute against the config file's directory, which the loader passes in the validation
context (`BASE_DIR`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import time, timedelta
from email.utils import parseaddr
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

from babel import Locale, UnknownLocaleError
from pydantic import AfterValidator, PlainSerializer, PlainValidator, ValidationInfo, WrapSerializer
from pydantic_core import PydanticCustomError

from daemon.core.duration import (
    DurationError,
    format_duration,
    format_offset,
    parse_duration,
    parse_offset,
)

BASE_DIR = "base_dir"  # validation-context key: directory that relative paths are relative to

Loc = tuple[str | int, ...]
V = TypeVar("V")


def fail(message: str) -> NoReturn:
    """Reject a value with `message`, shown to the user verbatim after the key path."""
    raise PydanticCustomError("config", message)


def located(problems: Sequence[tuple[Loc, str]]) -> PydanticCustomError:
    """One error for several problems found by a section-wide check, each at its own sub-path.

    Raised from a model validator, whose error pydantic places at the model itself; the loader
    appends each sub-path so every problem points at the line it is about.
    """
    text = "; ".join(f"{format_loc(loc)}: {what}" for loc, what in problems)
    return PydanticCustomError("located", text, {"located": tuple(problems)})


def format_loc(loc: Iterable[str | int]) -> str:
    """``("cadences", "default", "steps", 2, "offset")`` → ``cadences.default.steps[2].offset``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _single_line(value: str) -> str:
    # RFC 5322 header injection: a CR or LF would end the header and start another one.
    if "\r" in value or "\n" in value or "\x00" in value:
        fail("must be a single line (line breaks could forge email headers)")
    if not value:
        fail("must not be empty")
    return value


def _addr_spec(value: str) -> str:
    if not _ADDR_SPEC.fullmatch(value):
        fail('expected an email address like "ar@example.com"')
    return value


def _mailbox(value: str) -> str:
    """RFC 5322 mailbox: a bare address, or ``Display Name <address>``."""
    example = 'expected an address like "Acme Billing <ar@example.com>"'
    if "<" not in value:
        if not _ADDR_SPEC.fullmatch(value):
            fail(example)
        return value
    match = re.fullmatch(r"(?P<name>[^<>]*)<(?P<addr>[^<>]+)>", value)
    name, addr = parseaddr(value)
    if match is None or not _ADDR_SPEC.fullmatch(addr) or addr != match["addr"].strip():
        fail(example)
    if not name:
        fail('expected a display name before "<", like "Acme Billing <ar@example.com>"')
    return value


# RFC 5322 dot-atom local part and an LDH (RFC 1035) domain; quoted local parts are not accepted.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*@{_LABEL}(?:\.{_LABEL})*")

# RFC 3501 atom: CHAR except atom-specials ( ) { SP CTL % * " \ ]. A leading backslash would make
# it a system flag (\Seen), which dunmail must never set by name.
_ATOM = re.compile(r"[!#$&'+,\-./0-9:;<=>?@A-Z\[^_`a-z|}~]+")


def _keyword(value: str) -> str:
    if not _ATOM.fullmatch(value):
        fail(
            'expected an IMAP keyword (RFC 3501 atom) like "$AR-Processed": ASCII, no spaces, '
            'no ( ) { % * " ] or backslash'
        )
    return value


def _host(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9._:-]+|\[[0-9A-Fa-f:.]+\]", value):
        fail('expected a host name or IP address like "mail.example.com"')
    return value.strip("[]")


def validate_name(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", value):
        fail('expected a name of letters, digits, "-" and "_", like "first_reminder"')
    return value


def _language(value: str) -> str:
    try:
        Locale.parse(value.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        fail(f'unknown language "{value}": expected a code like "en", "de" or "pt_BR"')
    return value


def _config_path(value: Path, info: ValidationInfo) -> Path:
    if str(value) in {"", "."}:
        fail("expected a path")
    value = value.expanduser()
    base = info.context.get(BASE_DIR) if isinstance(info.context, Mapping) else None
    return value if value.is_absolute() or base is None else Path(base) / value


def _parser(parse: Callable[[str], timedelta], example: str) -> Callable[[object], timedelta]:
    def validate(value: object) -> timedelta:
        if isinstance(value, timedelta):
            return value
        if not isinstance(value, str):
            fail(f"expected a duration like {example}")
        try:
            return parse(value)
        except DurationError as error:
            fail(str(error))

    return validate


def _time_of_day(value: object) -> time:
    if isinstance(value, time):
        return value
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", str(value).strip())
    if match is None:
        fail('expected a time of day like "09:00" (24-hour clock)')
    return time(int(match[1]), int(match[2]))


Line = Annotated[str, AfterValidator(_single_line)]
"""Non-empty text on one line: anything that may reach a mail header or a protocol command."""
EmailAddress = Annotated[Line, AfterValidator(_addr_spec)]
Mailbox = Annotated[Line, AfterValidator(_mailbox)]
Keyword = Annotated[Line, AfterValidator(_keyword)]
Host = Annotated[Line, AfterValidator(_host)]
Name = Annotated[Line, AfterValidator(validate_name)]
Language = Annotated[Line, AfterValidator(_language)]
ConfigPath = Annotated[Path, AfterValidator(_config_path)]
"""A path; a relative one is relative to the config file's directory."""
Offset = Annotated[
    timedelta, PlainValidator(_parser(parse_offset, '"+10d"')), PlainSerializer(format_offset)
]
Duration = Annotated[
    timedelta, PlainValidator(_parser(parse_duration, '"7d"')), PlainSerializer(format_duration)
]
TimeOfDay = Annotated[
    time, PlainValidator(_time_of_day), PlainSerializer(lambda t: t.strftime("%H:%M"))
]


class FrozenDict(dict[str, V]):
    """A dict that refuses changes, so a frozen config section cannot be altered through a map."""

    def _refuse(self, *_args: object, **_kwargs: object) -> NoReturn:
        raise TypeError("configuration is read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _refuse
    __ior__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle without calling __setitem__
        return (type(self), (dict(self),))


def frozen_dict(value: Mapping[str, V]) -> FrozenDict[V]:
    return FrozenDict(value)


def _serialize_map(value: Mapping[str, Any], handler: Callable[[Any], Any]) -> Any:
    return handler(dict(value))


FrozenMap = Annotated[Mapping[str, V], AfterValidator(frozen_dict), WrapSerializer(_serialize_map)]
"""A mapping field validated into a `FrozenDict`: ``FrozenMap[Cadence]``."""
