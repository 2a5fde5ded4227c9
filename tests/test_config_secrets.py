"""Secrets: refused inline, read from env/file/systemd credential, never shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.config.secrets import (
    SECRETS_NOT_IN_YAML,
    Secret,
    SecretRef,
    is_secret_key,
    resolve_secret,
)
from daemon.config.servers import SmtpConfig
from daemon.errors import ConfigError, Problem

DATA = Path(__file__).parent / "data" / "config"
VALUE = "correct-horse-battery-staple"


def resolve_error(ref: SecretRef, environ: dict[str, str]) -> str:
    with pytest.raises(ConfigError) as caught:
        resolve_secret(ref, environ=environ, section="smtp")
    text = "\n".join(caught.value.lines()) + repr(caught.value) + str(caught.value)
    assert VALUE not in text
    return text


def test_inline_secrets_are_refused_with_their_lines() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(DATA / "inline-secret.yaml")
    assert list(caught.value.problems) == [
        Problem("inline-secret.yaml:7", f"smtp.password: {SECRETS_NOT_IN_YAML}"),
        Problem("inline-secret.yaml:11", f"imap.secret: {SECRETS_NOT_IN_YAML}"),
    ]
    assert VALUE not in "\n".join(caught.value.lines())
    # Not chained to pydantic's error, whose text and traceback would show the input values.
    assert caught.value.__context__ is None and caught.value.__cause__ is None


def test_secret_like_keys_anywhere_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        (DATA / "minimal.yaml").read_text(encoding="utf-8")
        + "ledger:\n  columns:\n    api_key: hunter2\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert list(caught.value.problems) == [
        Problem("config.yaml:9", f"ledger.columns.api_key: {SECRETS_NOT_IN_YAML}")
    ]


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("password", True),
        ("Password", True),
        ("smtp_pass", True),
        ("client_secret", True),
        ("token", True),
        ("api-key", True),
        ("password_env", False),
        ("password_file", False),
        ("password_credential", False),
        ("passport", False),
        ("keyword", False),
        ("pasword", False),
    ],
)
def test_is_secret_key(key: str, secret: bool) -> None:
    assert is_secret_key(key) is secret


def test_no_config_field_looks_like_a_secret() -> None:
    def walk(model: type[object], seen: set[str]) -> None:
        for name, field in getattr(model, "model_fields", {}).items():
            assert not is_secret_key(name), name
            for arg in [field.annotation, *getattr(field.annotation, "__args__", ())]:
                if hasattr(arg, "model_fields") and arg.__name__ not in seen:
                    seen.add(arg.__name__)
                    walk(arg, seen)

    walk(Config, set())


def test_at_most_one_source() -> None:
    with pytest.raises(ValidationError, match="use only one of"):
        SecretRef(password_env="A", password_file=Path("/run/secret"))


def test_env_name_and_credential_name_are_checked() -> None:
    with pytest.raises(ValidationError, match="environment variable name"):
        SecretRef(password_env="NOT A NAME")
    with pytest.raises(ValidationError, match="credential name"):
        SecretRef(password_credential="../etc/shadow")


def test_no_source_resolves_to_none() -> None:
    assert resolve_secret(SecretRef(), environ={}) is None


def test_from_environment() -> None:
    secret = resolve_secret(SecretRef(password_env="SMTP_PW"), environ={"SMTP_PW": VALUE})
    assert secret == VALUE
    assert isinstance(secret, str)


def test_from_file_ignores_one_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "pw"
    path.write_text(VALUE + "\n", encoding="utf-8")
    assert resolve_secret(SecretRef(password_file=path), environ={}) == VALUE


def test_from_systemd_credential(tmp_path: Path) -> None:
    (tmp_path / "smtp-password").write_text(VALUE, encoding="utf-8")
    ref = SecretRef(password_credential="smtp-password")
    assert resolve_secret(ref, environ={"CREDENTIALS_DIRECTORY": str(tmp_path)}) == VALUE


def test_secret_repr_never_shows_the_value() -> None:
    secret = resolve_secret(SecretRef(password_env="PW"), environ={"PW": VALUE})
    assert repr(secret) == "'***'"
    assert VALUE not in repr([secret]) and VALUE not in repr({"password": secret})
    assert repr(Secret(VALUE)) == "'***'"


def test_unset_environment_variable() -> None:
    text = resolve_error(SecretRef(password_env="SMTP_PW"), {"OTHER": VALUE})
    assert "smtp.password_env: environment variable SMTP_PW is not set" in text


def test_empty_secret_is_refused() -> None:
    assert "the secret is empty" in resolve_error(SecretRef(password_env="PW"), {"PW": ""})


def test_unreadable_file(tmp_path: Path) -> None:
    text = resolve_error(SecretRef(password_file=tmp_path / "missing"), {})
    assert "smtp.password_file: cannot read" in text
    assert "missing" in text


def test_credential_without_credentials_directory() -> None:
    text = resolve_error(SecretRef(password_credential="smtp-password"), {"PW": VALUE})
    assert "smtp.password_credential: $CREDENTIALS_DIRECTORY is not set" in text


def test_missing_credential_file(tmp_path: Path) -> None:
    ref = SecretRef(password_credential="smtp-password")
    text = resolve_error(ref, {"CREDENTIALS_DIRECTORY": str(tmp_path)})
    assert "smtp.password_credential: cannot read" in text


def test_server_section_carries_the_reference() -> None:
    smtp = SmtpConfig(host="mail.example.com", username="ar", password_env="SMTP_PW")
    assert resolve_secret(smtp, environ={"SMTP_PW": VALUE}, section="smtp") == VALUE
    assert VALUE not in repr(smtp)


def test_password_without_username_is_an_error() -> None:
    with pytest.raises(ValidationError, match="no username"):
        SmtpConfig(host="mail.example.com", password_env="SMTP_PW")
