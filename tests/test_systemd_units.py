"""The systemd units in `systemd/` pass `systemd-analyze verify`, and the template keeps its
instances apart (config, credentials and state per instance name).

`verify` insists that ExecStart= names an executable that exists, so each unit is checked as a
copy whose ExecStart= points at the `dunmail` installed beside this interpreter; every other line
is verified as shipped. Skipped where systemd-analyze is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parent.parent / "systemd"
SHIPPED_EXEC = "/opt/dunmail/bin/dunmail"
ANALYZE = shutil.which("systemd-analyze")


def installed_copy(unit: Path, directory: Path, name: str) -> Path:
    dunmail = Path(sys.executable).parent / "dunmail"
    text = unit.read_text(encoding="utf-8")
    assert f"ExecStart={SHIPPED_EXEC} run" in text
    copy = directory / name
    copy.write_text(text.replace(SHIPPED_EXEC, str(dunmail)), encoding="utf-8")
    return copy


@pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed")
@pytest.mark.parametrize(
    ("unit", "name"),
    [("dunmail.service", "dunmail.service"), ("dunmail@.service", "dunmail@acme.service")],
)
def test_the_unit_passes_systemd_analyze_verify(unit: str, name: str, tmp_path: Path) -> None:
    assert ANALYZE is not None
    if "@" in unit:  # an instance is verified through its template, which must sit beside it
        installed_copy(UNITS / unit, tmp_path, unit)
    copy = installed_copy(UNITS / unit, tmp_path, name)
    result = subprocess.run(
        [ANALYZE, "verify", f"./{copy.name}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert copy.name not in result.stderr, result.stderr


def settings(unit: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in (UNITS / unit).read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key, []).append(value)
    return found


def test_the_template_gives_each_instance_its_own_config_credentials_and_state() -> None:
    template = settings("dunmail@.service")
    assert template["StateDirectory"] == ["dunmail/%i"]
    assert template["ConfigurationDirectory"] == ["dunmail/%i"]
    assert template["LoadCredential"] == [
        "smtp:/etc/dunmail/%i/credentials/smtp",
        "imap:/etc/dunmail/%i/credentials/imap",
    ]


def test_the_template_is_hardened_like_the_single_unit() -> None:
    single, template = settings("dunmail.service"), settings("dunmail@.service")
    per_instance = {"StateDirectory", "ConfigurationDirectory", "LoadCredential", "Description"}
    assert {key: value for key, value in single.items() if key not in per_instance} == {
        key: value for key, value in template.items() if key not in per_instance
    }
    for key in ("Type", "WatchdogSec", "NoNewPrivileges", "ProtectSystem", "SystemCallFilter"):
        assert template[key], key
    assert template["Type"] == ["notify"]
