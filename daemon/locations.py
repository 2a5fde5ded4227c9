"""Where the config and the state live, following systemd's directory conventions.

`ConfigurationDirectory=` and `StateDirectory=` export `$CONFIGURATION_DIRECTORY` and
`$STATE_DIRECTORY`; an explicit setting always wins over them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from daemon.config.schema import Config

DEFAULT_CONFIG = Path("/etc/dunmail/config.yaml")


def config_path(explicit: Path | None, environ: Mapping[str, str]) -> Path:
    """--config, else $DUNMAIL_CONFIG, else systemd's configuration directory, else /etc."""
    if explicit is not None:
        return explicit
    if environ.get("DUNMAIL_CONFIG"):
        return Path(environ["DUNMAIL_CONFIG"])
    if environ.get("CONFIGURATION_DIRECTORY"):
        # systemd may list several directories separated by ":"; ours is the first.
        return Path(environ["CONFIGURATION_DIRECTORY"].split(":")[0]) / "config.yaml"
    return DEFAULT_CONFIG


def state_directory(config: Config, environ: Mapping[str, str]) -> Path:
    """`state.directory` if the config sets it, else systemd's state directory, else the default."""
    if "directory" not in config.state.model_fields_set and environ.get("STATE_DIRECTORY"):
        return Path(environ["STATE_DIRECTORY"].split(":")[0])
    return Path(config.state.directory)
