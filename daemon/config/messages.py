"""Turn one pydantic error into a sentence for the person editing config.yaml.

Only wording lives here: no YAML, no line numbers (the loader adds those). Messages name what was
expected ("expected one of: starttls, implicit, none"), never pydantic's internals, its
"Value error, " prefix, or a documentation URL.
"""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from daemon.config.fields import Loc

_FIXED = {
    "missing": "required, but missing",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "finite_number": "expected a finite number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "decimal_type": "expected a number like 12.50",
    "decimal_parsing": "expected a number like 12.50",
    "date_type": "expected a date like 2025-12-24",
    "date_parsing": "expected a date like 2025-12-24",
    "date_from_datetime_parsing": "expected a date like 2025-12-24",
    "date_from_datetime_inexact": "expected a date like 2025-12-24 (without a time)",
    "model_type": "expected a mapping of keys (key: value lines)",
    "model_attributes_type": "expected a mapping of keys (key: value lines)",
    "dict_type": "expected a mapping of keys (key: value lines)",
    "mapping_type": "expected a mapping of keys (key: value lines)",
    "list_type": "expected a list",
    "tuple_type": "expected a list",
    "iterable_type": "expected a list",
    "path_type": "expected a path",
    "string_too_short": "must not be empty",
}

_BOUNDS = {
    "greater_than": ("gt", "must be greater than {}"),
    "greater_than_equal": ("ge", "must be at least {}"),
    "less_than": ("lt", "must be less than {}"),
    "less_than_equal": ("le", "must be at most {}"),
    "string_too_long": ("max_length", "must be at most {} characters"),
    "too_long": ("max_length", "allows at most {} items"),
}


def describe(error: ErrorDetails, root: type[BaseModel]) -> str:
    """The human message for `error`, whose loc is relative to the `root` model."""
    kind = error["type"]
    if kind in _FIXED:
        return _FIXED[kind]
    if kind in _BOUNDS:
        name, template = _BOUNDS[kind]
        return template.format(_ctx(error).get(name))
    special = _SPECIAL.get(kind)
    return special(error, root) if special else _strip(error["msg"])


def _ctx(error: ErrorDetails) -> dict[str, Any]:
    return error.get("ctx") or {}


def _unknown(error: ErrorDetails, root: type[BaseModel]) -> str:
    return unknown_key(str(error["loc"][-1]), known_keys(root, tuple(error["loc"][:-1])))


def _choices(error: ErrorDetails, _root: type[BaseModel]) -> str:
    expected = str(_ctx(error).get("expected", ""))
    quoted = re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", expected)
    choices = [single or double for single, double in quoted]
    shown = [choice if re.fullmatch(r"[\w-]+", choice) else f'"{choice}"' for choice in choices]
    return f"expected one of: {', '.join(shown)}"


def _too_short(error: ErrorDetails, _root: type[BaseModel]) -> str:
    size = _ctx(error).get("min_length", 1)
    return "must not be empty" if size == 1 else f"needs at least {size} items"


def _not_text(error: ErrorDetails, _root: type[BaseModel]) -> str:
    value = error.get("input")
    if isinstance(value, bool):
        return "expected text (YAML read true/false here: put the value in quotes)"
    if isinstance(value, int | float):
        return "expected text (YAML read a number here: put the value in quotes)"
    if isinstance(value, Mapping):
        return "expected text, not a mapping"
    if isinstance(value, list | tuple):
        return "expected text, not a list"
    return "expected text"


_SPECIAL: dict[str, Callable[[ErrorDetails, type[BaseModel]], str]] = {
    "extra_forbidden": _unknown,
    "literal_error": _choices,
    "enum": _choices,
    "too_short": _too_short,
    "string_type": _not_text,
}


def unknown_key(key: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return f'unknown key "{key}" (did you mean "{close[0]}"?)'
    if known and len(known) <= 12:
        return f'unknown key "{key}" (expected one of: {", ".join(known)})'
    return f'unknown key "{key}"'


def known_keys(root: type[BaseModel], loc: Loc) -> list[str]:
    """The keys allowed in the mapping at `loc`, found by walking the model's annotations."""
    annotation: Any = root
    for part in loc:
        annotation = _child_type(unwrap_annotation(annotation), part)
    model = unwrap_annotation(annotation)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _child_type(annotation: Any, part: str | int) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        field = annotation.model_fields.get(str(part))
        return field.annotation if field else None
    origin, args = get_origin(annotation), get_args(annotation)
    if isinstance(origin, type) and issubclass(origin, Mapping) and len(args) == 2:
        return args[1]
    if origin in {tuple, list} and args:
        return args[0]
    return None


def unwrap_annotation(annotation: Any) -> Any:
    """Strip Annotated[...] and Optional[...] down to the type that holds the keys."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in {Union, types.UnionType}:
            members = [arg for arg in get_args(annotation) if arg is not type(None)]
            if len(members) != 1:
                return annotation
            annotation = members[0]
        else:
            return annotation


def _strip(message: str) -> str:
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message
