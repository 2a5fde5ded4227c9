"""Loads reminder templates from disk: MJML compiled once, Jinja rendered per message in a sandbox.

Layout: `<root>/<language>/<name>.mjml` (HTML part) and `<name>.txt` (text part, first line
`Subject: ...`). Files starting with `_` are partials: `<mj-include path="_x.mjml" />` in MJML,
`{% include "_x.txt" %}` in text; all of a language's text partials are read when its templates
are compiled, so rendering never touches the disk. Every failure is a `Problem` naming the file
and line, so `dunmail check` and startup report the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import DictLoader, StrictUndefined, Template, TemplateError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from mjml import mjml2html

from daemon.errors import ConfigError, Problem

SUBJECT_PREFIX = "Subject:"
Samples = Callable[[str, str], Iterable[Mapping[str, Any]]]


def shipped_templates() -> Path:
    """The templates installed with dunmail (the project's top-level `templates/`)."""
    return Path(str(resources.files("daemon"))) / "templates"


@dataclass(frozen=True, slots=True)
class CompiledTemplate:
    language: str
    name: str
    subject: Template
    html: Template
    text: Template

    def render(self, context: Mapping[str, Any]) -> tuple[str, str, str]:
        """(subject, html, text); raises jinja2.TemplateError on a bad variable."""
        subject = " ".join(self.subject.render(context).split())  # never a CR/LF in a header
        return subject, self.html.render(context), self.text.render(context)


def _environment(
    *, html: bool, partials: Mapping[str, str] | None = None
) -> ImmutableSandboxedEnvironment:
    # Sandboxed and immutable: a template can neither reach Python internals nor change the
    # data it is given; strict: a misspelt variable is an error, never an empty gap.
    return ImmutableSandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=html,
        keep_trailing_newline=True,
        trim_blocks=not html,  # text templates put tags on their own lines
        lstrip_blocks=not html,
        loader=DictLoader(dict(partials or {})),
    )


class TemplateLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._html_env = _environment(html=True)

    def languages(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and p.name[0] not in "._")

    def names(self, language: str) -> list[str]:
        """Templates (not partials) present in `language`, by their `.mjml` file."""
        folder = self.root / language
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob("*.mjml") if not p.name.startswith("_"))

    def compile(self, language: str, name: str) -> CompiledTemplate:
        """Compile one template; every problem found is reported at once in a ConfigError."""
        problems: list[Problem] = []
        html = self._compile_html(language, name, problems)
        subject, text = self._compile_text(language, name, problems)
        if problems or html is None or subject is None or text is None:
            raise ConfigError(problems)
        return CompiledTemplate(language, name, subject, html, text)

    def check(
        self, names: Iterable[str], languages: Iterable[str], samples: Samples
    ) -> list[Problem]:
        """Compile each template in each language and render it with every sample context."""
        problems: list[Problem] = []
        for language in languages:
            for name in sorted(set(names)):
                try:
                    template = self.compile(language, name)
                    for sample in samples(language, name):
                        template.render(sample)
                except ConfigError as exc:
                    problems.extend(exc.problems)
                except TemplateError as exc:
                    where = f"{language}/{name}"
                    problems.append(Problem(where, f"cannot render with sample data: {exc}"))
        return list(dict.fromkeys(problems))  # a broken partial is reported once, not per template

    # -- parts -----------------------------------------------------------------------------

    def _read(self, language: str, filename: str, problems: list[Problem]) -> str | None:
        path = self.root / language / filename
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            problems.append(Problem(f"{language}/{filename}", f"template missing in {self.root}"))
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(f"{language}/{filename}", f"cannot read: {exc}"))
        return None

    def _compile_html(self, language: str, name: str, problems: list[Problem]) -> Template | None:
        filename = f"{name}.mjml"
        source = self._read(language, filename, problems)
        if source is None:
            return None
        partial_problems: list[Problem] = []

        def include(path: str) -> str:
            partial = self._read(language, path, partial_problems)
            if partial is not None:
                self._parse(self._html_env, partial, f"{language}/{path}", partial_problems)
            return partial or ""

        if not self._parse(self._html_env, source, f"{language}/{filename}", problems):
            return None
        try:
            html = mjml2html(source, include_loader=include, fonts={}, disable_comments=True)
        except ValueError as exc:
            problems.append(Problem(f"{language}/{filename}", f"MJML: {exc}"))
            return None
        problems.extend(partial_problems)
        return self._html_env.from_string(html) if not partial_problems else None

    def _text_partials(self, language: str, problems: list[Problem]) -> dict[str, str]:
        folder = self.root / language
        partials: dict[str, str] = {}
        for path in sorted(folder.glob("_*.txt")) if folder.is_dir() else ():
            source = self._read(language, path.name, problems)
            if source is not None:
                partials[path.name] = source
        return partials

    def _compile_text(
        self, language: str, name: str, problems: list[Problem]
    ) -> tuple[Template | None, Template | None]:
        filename = f"{name}.txt"
        source = self._read(language, filename, problems)
        if source is None:
            return None, None
        first, _, body = source.partition("\n")
        where = f"{language}/{filename}"
        if not first.startswith(SUBJECT_PREFIX):
            problems.append(Problem(f"{where}:1", f'the first line must be "{SUBJECT_PREFIX} ..."'))
            return None, None
        partials = self._text_partials(language, problems)
        env = _environment(html=False, partials=partials)
        checks = [
            self._parse(env, text, f"{language}/{p}", problems) for p, text in partials.items()
        ]
        ok = all(checks)
        subject_source = first.removeprefix(SUBJECT_PREFIX).strip()
        ok = self._parse(env, subject_source, f"{where}:1", problems) and ok
        # Parse the body with its header line kept blank so error line numbers match the file.
        ok = self._parse(env, "\n" + body, where, problems) and ok
        if not ok:
            return None, None
        return env.from_string(subject_source), env.from_string(body.lstrip("\n"))

    @staticmethod
    def _parse(
        env: ImmutableSandboxedEnvironment, source: str, where: str, problems: list[Problem]
    ) -> bool:
        try:
            env.parse(source)
        except TemplateSyntaxError as exc:
            location = where if ":" in where else f"{where}:{exc.lineno}"
            problems.append(Problem(location, f"Jinja: {exc.message}"))
            return False
        return True
