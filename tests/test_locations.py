"""Where config and state live: explicit settings win over systemd's directories."""

from __future__ import annotations

from pathlib import Path

from daemon.config.loader import load_config
from daemon.locations import DEFAULT_CONFIG, config_path, state_directory

MINIMAL = (Path(__file__).parent / "data" / "config" / "minimal.yaml").read_text()


def test_config_path_precedence() -> None:
    explicit = Path("/srv/a.yaml")
    systemd = {"CONFIGURATION_DIRECTORY": "/etc/dunmail:/etc/other"}
    assert config_path(explicit, {"DUNMAIL_CONFIG": "/x.yaml", **systemd}) == explicit
    assert config_path(None, {"DUNMAIL_CONFIG": "/x.yaml", **systemd}) == Path("/x.yaml")
    assert config_path(None, systemd) == Path("/etc/dunmail/config.yaml")
    assert config_path(None, {}) == DEFAULT_CONFIG


def test_systemd_state_directory_applies_only_when_the_config_sets_none(tmp_path: Path) -> None:
    unset = tmp_path / "unset.yaml"
    unset.write_text(MINIMAL)
    explicit = tmp_path / "explicit.yaml"
    explicit.write_text(MINIMAL + "state:\n  directory: here\n")
    systemd = {"STATE_DIRECTORY": "/var/lib/dunmail-unit"}

    assert state_directory(load_config(unset), systemd) == Path("/var/lib/dunmail-unit")
    assert state_directory(load_config(unset), {}) == Path("/var/lib/dunmail")
    assert state_directory(load_config(explicit), systemd) == tmp_path / "here"
