"""A template is data, not code: whatever an operator (or an intruder with write access to the
template folder) puts in one, rendering it cannot run code, read files or change what it is given.

Each hostile line is put in a copy of the shipped English templates; compiling or rendering the
template must fail with a Jinja error (the sandbox's SecurityError, an undefined name, a missing
include), `dunmail check` must name the template, and no file may be touched or leaked.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jinja2 import TemplateError

from daemon.config.loader import load_config
from daemon.core.sample import sample_contexts
from daemon.errors import ConfigError
from daemon.shell.templates import TemplateLibrary, shipped_templates

ROOT = Path(__file__).resolve().parent.parent
SECRET = "the-secret-the-template-must-not-read"

ESCAPES = [
    # the classic route from a string to every class, then to os
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ().__class__.__base__.__subclasses__() }}",
    "{{ customer.__class__.__init__.__globals__ }}",
    # Jinja's own globals lead to a module's namespace
    "{{ cycler.__init__.__globals__.os.popen('touch {marker}').read() }}",
    "{{ joiner.__init__.__globals__.os.system('touch {marker}') }}",
    "{{ lipsum.__globals__['os'].popen('touch {marker}').read() }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    # format strings reach attributes too
    "{{ '{0.__class__.__init__.__globals__}'.format(customer) }}",
    "{{ '{c.__class__.__init__.__globals__}'.format_map({'c': customer}) }}",
    "{{ '%s' % customer.__dict__ }}",
    # files: nothing is loaded from the disk at render time
    "{% include '{secret}' %}",
    "{% include '../../{name}' %}",
    "{% import '{secret}' as leaked %}",
    # the data it is given cannot be changed (immutable sandbox)
    "{{ invoices.append(1) }}",
    "{{ customer.__setattr__('name', 'x') }}",
    "{% set _ = invoices.clear() %}",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "templates"
    shutil.copytree(shipped_templates() / "en", copy / "en")
    return copy


@pytest.mark.parametrize("line", ESCAPES)
def test_a_hostile_template_can_neither_run_code_nor_read_files(
    folder: Path, tmp_path: Path, line: str
) -> None:
    marker = tmp_path / "ran"
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    hostile = line.replace("{marker}", str(marker)).replace("{secret}", str(secret))
    hostile = hostile.replace("{name}", secret.name)
    text = folder / "en" / "first.txt"
    text.write_text(text.read_text(encoding="utf-8") + f"\n{hostile}\n", encoding="utf-8")
    library = TemplateLibrary(folder)
    config = load_config(ROOT / "examples" / "config.yaml")
    contexts = sample_contexts(config, "en", "first")
    before = [repr(context) for context in contexts]
    rendered = ""
    with pytest.raises((ConfigError, TemplateError)):
        template = library.compile("en", "first")
        for context in contexts:
            rendered += "".join(template.render(context))
    assert not marker.exists()
    assert SECRET not in rendered
    assert [repr(context) for context in contexts] == before  # nothing it was given changed
    problems = library.check(
        ["first"], ["en"], lambda lang, name: sample_contexts(config, lang, name)
    )
    assert problems and all("en/first" in str(problem) for problem in problems)


def test_the_shipped_template_renders_in_the_same_sandbox(folder: Path) -> None:
    """The control: the unaltered copy renders, so the failures above are the hostile lines'."""
    config = load_config(ROOT / "examples" / "config.yaml")
    template = TemplateLibrary(folder).compile("en", "first")
    subject, html, text = template.render(sample_contexts(config, "en", "first")[0])
    assert subject and "INV-" in html and "INV-" in text
