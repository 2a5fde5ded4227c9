"""`dunmail check`: everything that can be verified before the service starts, reported at once.

The config itself is validated by `load_config`; this adds the templates the service may send
(compiled, and rendered with sample contexts from the composer's own context builder), the ledger
export, and whether the passwords can be read in this environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from daemon import composer
from daemon.config.schema import Config
from daemon.config.secrets import SecretRef, resolve_secret
from daemon.core.digest import sample_context as digest_sample
from daemon.core.sample import sample_contexts
from daemon.errors import ConfigError, DunmailError, InputError, Problem
from daemon.shell.ledger_file import read_ledger
from daemon.shell.templates import TemplateLibrary, shipped_templates

DIGEST_TEMPLATE = "digest"  # rendered by `daemon.digest_send` for `collectors.digest_recipients`


def template_problems(config: Config) -> tuple[list[Problem], str]:
    library = TemplateLibrary(config.templates.directory or shipped_templates())
    languages = library.languages()
    problems: list[Problem] = []
    default = config.templates.default_language
    if default not in languages:
        problems.append(
            Problem(str(library.root), f"no templates for the default language {default!r}")
        )
    names = composer.template_names(config)
    if config.collectors.digest_recipients:
        names = names | {DIGEST_TEMPLATE}
    problems += library.check(
        names,
        languages,
        lambda language, name: (
            [digest_sample()]
            if name == DIGEST_TEMPLATE
            else sample_contexts(config, language, name)
        ),
    )
    summary = f"{len(names)} templates in {', '.join(languages) or 'no language'} render"
    return problems, summary


def ledger_problems(config: Config) -> tuple[list[Problem], str]:
    if config.ledger.path is None:
        return [], "no ledger.path configured"
    try:
        parsed = read_ledger(config.ledger)
    except InputError as exc:
        return list(exc.problems), ""
    summary = (
        f"ledger {config.ledger.path.name}: {len(parsed.invoices)} invoices, "
        f"{len(parsed.customers)} customers"
    )
    return list(parsed.problems), summary


def secret_warnings(config: Config, environ: Mapping[str, str]) -> list[str]:
    """Passwords that cannot be read here; a warning, since systemd may supply them at start."""
    servers: dict[str, SecretRef | None] = {"smtp": config.smtp, "imap": config.imap}
    warnings = []
    for section, ref in servers.items():
        if ref is None:
            continue
        try:
            resolve_secret(ref, environ=environ, section=section)
        except DunmailError as exc:
            warnings.append(f"{exc} (the service will need it)")
    return warnings


def check_all(config: Config) -> tuple[list[str], list[str]]:
    """(passed checks, warnings); raises ConfigError listing every problem found."""
    passed: list[str] = []
    problems: list[Problem] = []
    for check in (template_problems, ledger_problems):
        found, summary = check(config)
        problems += found
        if not found and summary:
            passed.append(summary)
    if problems:
        raise ConfigError(problems, summary=f"{len(problems)} problem(s) found")
    return passed, secret_warnings(config, os.environ)
