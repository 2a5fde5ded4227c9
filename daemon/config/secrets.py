"""Secrets are referenced from the config, never written in it, and never shown once read.

A section that needs a password inherits `SecretRef` and names at most one source: an environment
variable (`password_env`), a file (`password_file`, e.g. mode 0600), or a systemd credential
(`password_credential`, read from ``$CREDENTIALS_DIRECTORY/<name>``, see systemd.exec(5)
``LoadCredential=``). `resolve_secret` reads it when the service starts. This module must never put
a secret's value into a message, a log line or a repr.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, NoReturn, Self

from pydantic import AfterValidator, model_validator

from daemon.config.base import Section
from daemon.config.fields import ConfigPath, Line, fail, located
from daemon.errors import ConfigError, Problem

SECRETS_NOT_IN_YAML = (
    "secrets never go in the YAML: use password_env, password_file or password_credential"
)
SECRET_SOURCES = ("password_env", "password_file", "password_credential")

# Keys that look like an inline secret. The *_env/_file/_credential references are fine.
_SECRET_KEY = re.compile(
    r"(?:^|_)(?:pass|passwd|password|passphrase|pwd|secret|token|api_?key|private_?key)(?:$|_)"
)
_REFERENCE_SUFFIXES = ("_env", "_file", "_credential")


def is_secret_key(key: str) -> bool:
    """True for ``password``, ``smtp_pass``, ``client_secret``...; false for ``password_env``."""
    key = key.lower().replace("-", "_")
    return bool(_SECRET_KEY.search(key)) and not key.endswith(_REFERENCE_SUFFIXES)


class Secret(str):
    """A secret's value: a `str` to hand to a login call, whose repr never shows it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


def _env_name(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
        fail('expected an environment variable name like "DUNMAIL_SMTP_PASSWORD"')
    return value


def _credential_name(value: str) -> str:
    # systemd credential names are file names inside $CREDENTIALS_DIRECTORY.
    if "/" in value or value in {".", ".."}:
        fail('expected a systemd credential name like "smtp-password" (no "/")')
    return value


EnvName = Annotated[Line, AfterValidator(_env_name)]
CredentialName = Annotated[Line, AfterValidator(_credential_name)]


class SecretRef(Section):
    """Where a password comes from; at most one source; none means "log in without one"."""

    password_env: EnvName | None = None  # name of an environment variable holding the password
    password_file: ConfigPath | None = None  # file whose content (minus a final newline) it is
    password_credential: CredentialName | None = None  # systemd credential (LoadCredential=)

    @model_validator(mode="after")
    def _one_source(self) -> Self:
        given = [name for name in SECRET_SOURCES if getattr(self, name) is not None]
        if len(given) > 1:
            message = f"use only one of {', '.join(SECRET_SOURCES)} (found {', '.join(given)})"
            raise located([((given[1],), message)])
        return self

    @property
    def has_secret(self) -> bool:
        return any(getattr(self, name) is not None for name in SECRET_SOURCES)


def resolve_secret(
    ref: SecretRef, *, environ: Mapping[str, str], section: str = ""
) -> Secret | None:
    """Read the secret `ref` names; None when it names none.

    Raises `ConfigError` naming the key (prefixed with `section`, e.g. "smtp") and what is
    missing: an unset variable, an unreadable file, no ``$CREDENTIALS_DIRECTORY``.
    """
    prefix = f"{section}." if section else ""
    if ref.password_env is not None:
        key, value = f"{prefix}password_env", environ.get(ref.password_env)
        if value is None:
            _refuse(key, f"environment variable {ref.password_env} is not set")
    elif ref.password_file is not None:
        key, value = f"{prefix}password_file", _read(f"{prefix}password_file", ref.password_file)
    elif ref.password_credential is not None:
        key = f"{prefix}password_credential"
        directory = environ.get("CREDENTIALS_DIRECTORY")
        if not directory:
            _refuse(
                key,
                f"$CREDENTIALS_DIRECTORY is not set: start dunmail from a systemd unit with "
                f"LoadCredential={ref.password_credential}:<path>",
            )
        value = _read(key, Path(directory) / ref.password_credential)
    else:
        return None
    value = value.removesuffix("\n").removesuffix("\r")
    if not value:
        _refuse(key, "the secret is empty")
    return Secret(value)


def _read(key: str, path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        _refuse(key, f"cannot read {path}: {error.strerror or type(error).__name__}")
    except UnicodeDecodeError:
        _refuse(key, f"cannot read {path}: not UTF-8 text")


def _refuse(key: str, what: str) -> NoReturn:
    raise ConfigError([Problem(where="", what=f"{key}: {what}")])
