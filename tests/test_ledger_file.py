"""Reading the ledger export from disk: bytes that are not the configured encoding, an unknown
encoding, a missing file and a huge field each give a clear answer naming where, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.config.ledger import LedgerConfig
from daemon.config.loader import load_config
from daemon.errors import LedgerError
from daemon.shell.ledger_file import read_ledger, read_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ledger.csv"
# A row of our own after the example's: customer "C9", named with a Latin-1 "é" (the example's
# columns: id, name, tags, timezone, language, country, contact first/last name, email, ...).
LATIN1_ROW = (
    b"C9,Caf\xe9 du Port,,Europe/Paris,fr,FR,Anne,Roux,ap@cafe.example,,,INV-9001,2026-09-01,"
    b"2026-10-01,50.00,50.00,EUR,,,,\n"
)


@pytest.fixture
def ledger_config() -> LedgerConfig:
    return load_config(ROOT / "examples" / "config.yaml").ledger


def _export(tmp_path: Path, extra: bytes) -> Path:
    path = tmp_path / "export.csv"
    path.write_bytes(EXAMPLE.read_bytes() + extra)
    return path


def test_a_byte_that_is_not_the_encoding_is_named_with_its_line(
    tmp_path: Path, ledger_config: LedgerConfig
) -> None:
    path = _export(tmp_path, LATIN1_ROW)
    line = EXAMPLE.read_bytes().count(b"\n") + 1
    with pytest.raises(LedgerError) as raised:
        read_ledger(ledger_config, path)
    [problem] = raised.value.problems
    assert str(problem) == (
        f"export.csv:{line}: not valid utf-8-sig (byte 0xe9); set ledger.encoding"
    )


def test_the_same_bytes_read_with_the_right_encoding(
    tmp_path: Path, ledger_config: LedgerConfig
) -> None:
    path = _export(tmp_path, LATIN1_ROW)
    latin1 = ledger_config.model_copy(update={"encoding": "latin-1"})
    assert read_ledger(latin1, path).customers["C9"].name == "Café du Port"


def test_an_unknown_encoding_and_a_missing_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="unknown encoding 'no-such-codec'"):
        read_text(EXAMPLE, "no-such-codec")
    with pytest.raises(LedgerError, match="cannot read the file"):
        read_text(tmp_path / "absent.csv", "utf-8")


def test_a_huge_field_is_a_named_problem_and_the_rows_after_it_are_kept(
    tmp_path: Path, ledger_config: LedgerConfig
) -> None:
    """A 200,000-character cell (over the csv module's 128 KiB field limit) in the middle of the
    export: that row is reported by its line, and every other row is still read."""
    huge = LATIN1_ROW.replace(b"Caf\xe9 du Port", b"X" * 200_000)
    lines = EXAMPLE.read_bytes().splitlines(keepends=True)
    path = tmp_path / "export.csv"
    path.write_bytes(b"".join(lines[:3]) + huge + b"".join(lines[3:]))
    parsed = read_ledger(ledger_config, path)
    example = read_ledger(ledger_config, EXAMPLE)
    assert [str(problem) for problem in parsed.problems] == [
        "export.csv:4: unreadable CSV: field larger than field limit (131072)"
    ]
    assert set(parsed.customers) == set(example.customers)
    assert set(parsed.invoices) == set(example.invoices)
