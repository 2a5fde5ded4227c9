"""Config fuzzing: whatever the YAML says, loading it gives a Config or one line per problem.

Hypothesis breaks the documented example (`config.example.yaml`) the ways people do: a value
replaced by another type or a hostile string, a key removed, an unknown key added, a section
turned into a list, text cut off anywhere, bytes flipped. `load_config` may accept the result or
raise `ConfigError`; nothing else may escape, and every problem is one line that names the file
and a line in it, as `dunmail check` prints it.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.yaml"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
EXAMPLE_TREE: dict[str, Any] = yaml.safe_load(EXAMPLE_TEXT)
FILE = "config.yaml"
# The file and the line; the file alone only for a scalar YAML itself cannot convert.
_LOCATED = re.compile(rf"^{re.escape(FILE)}(:[1-9][0-9]*)?$")

HOSTILE = ["", "\r\nBcc: all@x.test", "${HOME}", "../../etc/passwd", "0o777", "1e999", "yes", "no",
           "~", "null", "2026-02-30", "+10d", "-3d", "25:00", "Mars/Base", "{{ 7*7 }}", "\x00",
           "é" * 300]  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(HOSTILE),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(tree: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path of the example, down to its leaves."""
    found = [prefix] if prefix else []
    if isinstance(tree, dict):
        for key, value in tree.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(EXAMPLE_TREE)


@st.composite
def broken_trees(draw: st.DrawFn) -> dict[str, Any]:
    """The example with a few of its values replaced, keys removed or unknown keys added."""
    tree = copy.deepcopy(EXAMPLE_TREE)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(PATHS))
        parent: Any = tree
        try:
            for step in path[:-1]:
                parent = parent[step]
            action = draw(st.sampled_from(["replace", "remove", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(values)
            elif action == "remove" and isinstance(parent, dict):
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(min_size=1, max_size=12))] = draw(values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change took this path away
    return tree


def assert_loads_or_explains(path: Path) -> None:
    try:
        config = load_config(path)
    except ConfigError as error:
        assert error.problems, "a ConfigError without problems"
        for problem in error.problems:
            assert _LOCATED.match(problem.where), problem
            assert problem.what and "\n" not in problem.what, problem
    else:
        assert isinstance(config, Config)


FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(tree=broken_trees())
def test_a_broken_value_anywhere_is_accepted_or_explained_at_its_line(
    tmp_path: Path, tree: dict[str, Any]
) -> None:
    path = tmp_path / FILE
    path.write_text(yaml.safe_dump(tree, allow_unicode=True), encoding="utf-8")
    assert_loads_or_explains(path)


@FUZZ
@given(data=st.data())
def test_the_example_cut_or_with_bytes_flipped_is_accepted_or_explained(
    tmp_path: Path, data: st.DataObject
) -> None:
    raw = bytearray(EXAMPLE_TEXT.encode("utf-8"))
    if data.draw(st.booleans(), label="cut"):
        raw = raw[: data.draw(st.integers(min_value=0, max_value=len(raw)), label="at")]
    for _ in range(data.draw(st.integers(min_value=0, max_value=8), label="flips")):
        if raw:
            at = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
            raw[at] = data.draw(st.integers(min_value=0, max_value=255))
    path = tmp_path / FILE
    path.write_bytes(bytes(raw))
    assert_loads_or_explains(path)


@pytest.mark.parametrize(
    "text",
    ["company: [\n", "smtp: *nowhere\n", "a: &x [*x]\n", "? [a, b]\n: c\n", "- - - -\n" * 500,
     "company:\n  legal_name: " + "[" * 2000 + "\n", "!!python/object:os.system x\n"],
)  # fmt: skip
def test_hostile_yaml_is_explained_in_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / FILE
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    for problem in error.value.problems:
        assert _LOCATED.match(problem.where), problem
        assert "\n" not in problem.what
