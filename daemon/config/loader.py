"""Read config.yaml into a frozen `Config`, or report every problem with its line and key path.

The YAML is composed into a node tree first (safe loader only), so each problem can point at the
line of the offending key: duplicate keys and inline secrets are found on the tree, everything else
by pydantic, whose error locations are walked down the same tree. This module reads exactly one
file and never the environment (secrets are resolved later, by `resolve_secret`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from daemon.config.cadence import Assignments, default_cadences, unknown_cadences
from daemon.config.fields import BASE_DIR, Loc, format_loc
from daemon.config.messages import describe
from daemon.config.schema import Config, inbound_problems
from daemon.config.secrets import SECRETS_NOT_IN_YAML, is_secret_key
from daemon.errors import ConfigError, Problem

_MERGE = "tag:yaml.org,2002:merge"
# Replaced below, or (timestamps) dropped: a date stays text for pydantic to parse and report.
_REPLACED = {
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 scalars: `no` stays a string (Norway's country code is NO), and
    `17:00` stays a time instead of the base-60 integer 1020, `2025-02-30` is an error with a
    line instead of a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REPLACED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F][0-9a-fA-F_]*)$"),
    list("-+0123456789"),
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)


def load_config(path: Path) -> Config:
    """Parse and validate `path`; raise `ConfigError` listing every problem found."""
    text = _read(path)
    root, data, tree_problems = _parse(text, path.name)
    if root is None or data is None:
        where = f"{path.name}:1"
        raise ConfigError(
            [Problem(where, "the file is empty: expected at least the company and smtp sections")]
        )
    if not isinstance(data, dict):
        what = "expected a mapping of sections (company:, smtp:, ...) at the top level"
        raise ConfigError([Problem(f"{path.name}:{root.start_mark.line + 1}", what)])
    found = [(line, format_loc(loc), what) for line, loc, what in tree_problems]
    try:
        config = Config.model_validate(data, context={BASE_DIR: path.absolute().parent})
    except ValidationError as error:
        found += _validation_problems(error, root)
        found += [(_line(root, loc), format_loc(loc), what) for loc, what in _cross_checks(data)]
    else:
        if not found:
            return config
    problems = [
        Problem(f"{path.name}:{line}", _one_line(f"{keypath}: {what}" if keypath else what))
        for line, keypath, what in sorted(set(found))
    ]
    count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
    raise ConfigError(problems, summary=f"{path}: invalid configuration ({count})")


def _one_line(text: str) -> str:
    """Control characters from the file (a key holding a line break, say) written as escapes:
    each problem stays one line of the report and of the log, and cannot forge another."""
    return "".join(
        repr(char)[1:-1] if unicodedata.category(char) == "Cc" else char for char in text
    )


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ConfigError([Problem(str(path), f"cannot read the config file: {reason}")]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        what = f"the config file is not UTF-8 text (byte {error.start})"
        raise ConfigError([Problem(f"{path.name}:{line}", what)]) from None


def _parse(text: str, name: str) -> tuple[Node | None, Any, list[tuple[int, Loc, str]]]:
    try:
        return _compose_and_construct(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = " ".join(part for part in (error.context, error.problem) if part)
        raise ConfigError([Problem(f"{name}:{line}", f"invalid YAML: {what}")]) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        what = f"invalid YAML: {error.reason} (character U+{error.character:04X})"
        raise ConfigError([Problem(f"{name}:{line}", what)]) from None
    except (ValueError, OverflowError) as error:  # a scalar its constructor cannot convert
        raise ConfigError([Problem(name, f"invalid YAML value: {error}")]) from None
    except _TooDeepError as error:
        what = "invalid YAML: nested too deeply"
        raise ConfigError([Problem(f"{name}:{error.line}", what)]) from None


class _TooDeepError(Exception):
    """PyYAML parses nested flow collections recursively: thousands of "[" exhaust the stack."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _compose_and_construct(text: str) -> tuple[Node | None, Any, list[tuple[int, Loc, str]]]:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None, []
        # Before constructing: PyYAML flattens merge keys (<<) into the nodes as it goes.
        problems = list(_tree_problems(root))
        return root, loader.construct_document(root), problems
    except RecursionError:
        raise _TooDeepError(loader.get_mark().line + 1) from None
    finally:
        loader.dispose()


def _pairs(node: MappingNode) -> Iterator[tuple[Node, Node]]:
    """Key/value pairs as pydantic sees them: the last duplicate wins, merged keys (<<) last."""
    merged = [value for key, value in node.value if key.tag == _MERGE]
    yield from ((k, v) for k, v in reversed(node.value) if k.tag != _MERGE)
    for value in merged:
        for source in value.value if isinstance(value, SequenceNode) else [value]:
            if isinstance(source, MappingNode):
                yield from _pairs(source)


def _tree_problems(root: Node) -> Iterator[tuple[int, Loc, str]]:
    """Duplicate keys (PyYAML keeps the last silently) and secrets written inline."""
    seen: set[int] = set()
    stack: list[tuple[Node, Loc]] = [(root, ())]
    while stack:
        node, loc = stack.pop()
        if id(node) in seen:  # aliases may point back up the tree
            continue
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            stack += [(item, (*loc, i)) for i, item in enumerate(node.value)]
        if not isinstance(node, MappingNode):
            continue
        first: dict[str, int] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode) or key.tag == _MERGE:
                continue
            line = key.start_mark.line + 1
            if key.value in first:
                what = f"duplicate key (first defined on line {first[key.value]})"
                yield line, (*loc, key.value), what
            first.setdefault(key.value, line)
            if is_secret_key(key.value) and not isinstance(value, MappingNode):
                yield line, (*loc, key.value), SECRETS_NOT_IN_YAML
            stack.append((value, (*loc, key.value)))


def _validation_problems(error: ValidationError, root: Node) -> list[tuple[int, str, str]]:
    found = []
    for detail in error.errors():
        loc = _mapping_keys_as_text(detail["loc"])
        ctx = detail.get("ctx") or {}
        if detail["type"] == "located":
            located = [((*loc, *sub), what) for sub, what in ctx["located"]]
        elif detail["type"] == "extra_forbidden" and is_secret_key(str(loc[-1])):
            continue  # reported from the tree, with the secrets message
        elif detail["type"] == "invalid_key":
            located = [((*loc[:-1], str(loc[-1])), "keys must be text (put the key in quotes)")]
        else:
            located = [(loc, describe(detail, Config))]
        found += [(_line(root, sub), format_loc(sub), what) for sub, what in located]
    return found


def _mapping_keys_as_text(loc: Loc) -> Loc:
    """Pydantic marks a bad mapping key with a "[key]" element after it: drop the marker and
    show the key as text, `cadences.1` rather than `cadences[1]`."""
    parts = list(loc)
    for i, part in enumerate(parts):
        if part == "[key]" and i:
            parts[i - 1] = str(parts[i - 1])
    return tuple(part for part in parts if part != "[key]")


def _cross_checks(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    """`Config`'s cross-section checks on the raw data.

    Pydantic runs them only once every section is valid; running them here too means one `check`
    reports everything. When they did run, the duplicates are identical and dropped.
    """
    problems = inbound_problems(data.get("imap"), data.get("maildir"))
    cadences = data.get("cadences", default_cadences())
    assignments = data.get("assignments", {})
    if not isinstance(cadences, dict) or not isinstance(assignments, dict):
        return problems
    default = Assignments.model_fields["default_cadence"].default
    references: list[tuple[Loc, object]] = [
        (("default_cadence",), assignments.get("default_cadence", default))
    ]
    rules = assignments.get("rules")
    for i, rule in enumerate(rules if isinstance(rules, list) else []):
        if isinstance(rule, dict):
            references.append((("rules", i, "cadence"), rule.get("cadence")))
    names = [(loc, name.strip()) for loc, name in references if isinstance(name, str)]
    unknown = unknown_cadences([str(name) for name in cadences], names)
    return problems + [(("assignments", *loc), what) for loc, what in unknown]


def _line(root: Node, loc: Loc) -> int:
    """1-based line of the deepest node on `loc` that exists (a missing key: its parent)."""
    node, line = root, root.start_mark.line
    for part in loc:
        if isinstance(node, MappingNode):
            match = next((p for p in _pairs(node) if _is_key(p[0], part)), None)
            if match is None:
                break
            line, node = match[0].start_mark.line, match[1]
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line
        else:
            break
    return line + 1


def _is_key(node: Node, part: str | int) -> bool:
    return isinstance(node, ScalarNode) and node.value == str(part)
