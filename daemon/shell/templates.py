"""Loads reminder templates from disk: MJML compiled once, Jinja rendered per message in a sandbox.

Layout: `<root>/<language>/<name>.mjml` (HTML part) and `<name>.txt` (text part, first line
`Subject: ...`); files starting with `_` are partials for `<mj-include>`. Every failure is a
`Problem` naming the file and line, so `dunmail check` and startup report the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from mjml import mjml2html

from daemon.errors import ConfigError, Problem

SUBJECT_PREFIX = "Subject:"


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


class TemplateLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root
        # Sandboxed: a template must not reach Python internals; strict: a typo is an error.
        self._html_env = SandboxedEnvironment(
            undefined=StrictUndefined, autoescape=True, keep_trailing_newline=True
        )
        self._text_env = SandboxedEnvironment(
            undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True
        )

    def languages(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and p.name[0] not in "._")

    def compile(self, language: str, name: str) -> CompiledTemplate:
        """Compile one template; every problem found is reported at once in a ConfigError."""
        problems: list[Problem] = []
        html = self._compile_html(language, name, problems)
        subject, text = self._compile_text(language, name, problems)
        if problems or html is None or subject is None or text is None:
            raise ConfigError(problems)
        return CompiledTemplate(language, name, subject, html, text)

    def check(
        self, names: Iterable[str], languages: Iterable[str], sample: Mapping[str, Any]
    ) -> list[Problem]:
        """Compile each template in each language and render it with `sample` data."""
        problems: list[Problem] = []
        for language in languages:
            for name in sorted(set(names)):
                try:
                    self.compile(language, name).render(sample)
                except ConfigError as exc:
                    problems.extend(exc.problems)
                except TemplateError as exc:
                    where = f"{language}/{name}"
                    problems.append(Problem(where, f"cannot render with sample data: {exc}"))
        return problems

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
        subject_source = first.removeprefix(SUBJECT_PREFIX).strip()
        ok = self._parse(self._text_env, subject_source, f"{where}:1", problems)
        # Parse the body with its header line kept blank so error line numbers match the file.
        ok = self._parse(self._text_env, "\n" + body, where, problems) and ok
        if not ok:
            return None, None
        return (
            self._text_env.from_string(subject_source),
            self._text_env.from_string(body.lstrip("\n")),
        )

    @staticmethod
    def _parse(env: SandboxedEnvironment, source: str, where: str, problems: list[Problem]) -> bool:
        try:
            env.parse(source)
        except TemplateSyntaxError as exc:
            location = where if ":" in where else f"{where}:{exc.lineno}"
            problems.append(Problem(location, f"Jinja: {exc.message}"))
            return False
        return True
