"""config.example.yaml validates and documents every key of the Config model."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, get_args, get_origin

import yaml
from pydantic import BaseModel

from daemon.config.loader import load_config
from daemon.config.messages import unwrap_annotation
from daemon.config.schema import Config

EXAMPLE = Path(__file__).parent.parent / "config.example.yaml"


def documented_text() -> str:
    """The example with its "#~" alternatives switched on: every key, valid or not together."""
    text = EXAMPLE.read_text(encoding="utf-8")
    return re.sub(r"^(\s*)#~ ?", r"\1", text, flags=re.MULTILINE)


def undocumented(annotation: Any, data: Any, path: str) -> set[str]:
    """Field paths of `annotation` that do not appear in `data` (the parsed documented example).

    A mapping of models (cadences) or a list of models (steps, rules) is documented when every
    field appears in at least one of its entries.
    """
    annotation = unwrap_annotation(annotation)
    origin, args = get_origin(annotation), get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if not isinstance(data, dict):
            return {path}
        missing: set[str] = set()
        for name, field in annotation.model_fields.items():
            here = f"{path}.{name}" if path else name
            if name not in data:
                missing.add(here)
            elif data[name] is not None:
                missing |= undocumented(field.annotation, data[name], here)
        return missing
    if isinstance(origin, type) and issubclass(origin, Mapping) and isinstance(data, dict):
        return _in_some(args[1], list(data.values()), f"{path}.<name>")
    if origin in {tuple, list} and isinstance(data, list):
        return _in_some(args[0], data, f"{path}[]")
    return set()


def _in_some(annotation: Any, entries: list[Any], path: str) -> set[str]:
    if not entries:
        element = unwrap_annotation(annotation)
        is_model = isinstance(element, type) and issubclass(element, BaseModel)
        return {path} if is_model else set()
    results = [undocumented(annotation, entry, path) for entry in entries]
    return set.intersection(*results)


def test_example_validates() -> None:
    config = load_config(EXAMPLE)
    assert config.ledger.path == EXAMPLE.parent.absolute() / "examples" / "ledger.csv"
    assert config.smtp.host == "localhost" and config.smtp.password_env
    assert config.imap is not None and config.imap.password_env


def test_example_documents_every_key() -> None:
    data = yaml.safe_load(documented_text())
    assert undocumented(Config, data, "") == set()


def test_the_walk_notices_a_missing_key() -> None:
    data = yaml.safe_load(documented_text())
    del data["schedule"]["holidays"]["subdivision"]
    del data["cadences"]["default"]["steps"][3]["repeat_max"]
    assert undocumented(Config, data, "") == {
        "schedule.holidays.subdivision",
        "cadences.<name>.steps[].repeat_max",
    }


def test_every_key_has_a_comment() -> None:
    """Each key is commented on its line or the line above. A commented key whose value is a
    block of plain values (ledger.columns, a reply policy) may describe the block once; list
    items (cadence steps, rules) are described above the list."""
    text = documented_text()
    lines = text.splitlines()
    uncommented: list[str] = []

    def commented(line: int) -> bool:
        return "#" in lines[line] or lines[line - 1].strip().startswith("#")

    def visit(node: yaml.Node, described: bool) -> None:
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                visit(item, True)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                line = key.start_mark.line
                if not (described or commented(line)):
                    uncommented.append(f"{line + 1}: {lines[line].strip()}")
                block = isinstance(value, yaml.MappingNode) and all(
                    isinstance(v, yaml.ScalarNode | yaml.SequenceNode) for _, v in value.value
                )
                visit(value, commented(line) and block)

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    assert root is not None
    visit(root, False)
    assert uncommented == [], "\n".join(uncommented)


def test_alternatives_are_valid_yaml_keys() -> None:
    # Each "#~" line is a key or a comment once switched on, never prose that happens to parse.
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#~"):
            body = line.lstrip()[2:].strip()
            assert body.startswith("#") or re.match(r"[a-z_]+:", body), line
