"""Reads the accounting system's open-invoice export (and optional contacts file) from disk.

Only I/O lives here: bytes are decoded with the configured encoding and handed to the pure parser.
A file that cannot be read or decoded is a `LedgerError` naming the file and line.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from daemon.config.ledger import LedgerConfig
from daemon.core.ledger import ParsedLedger, parse_ledger
from daemon.errors import LedgerError, Problem


@dataclass(frozen=True, slots=True)
class LedgerFingerprint:
    """What changes when the export is rewritten: (mtime, size, inode) of each configured file."""

    stats: tuple[tuple[int, int, int], ...]

    def settled(self, quiet_seconds: float) -> bool:
        """True when no file was modified in the last `quiet_seconds` of real time.

        The accounting system may still be writing the export; reading it half-written would
        close every invoice missing from the truncated file. This is about the file system's
        real clock, not the service's (which `run --once --now` may set to another day).
        """
        now = time.time()
        return all(now - mtime_ns / 1e9 >= quiet_seconds for mtime_ns, _, _ in self.stats)


def read_text(path: Path, encoding: str) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LedgerError([Problem(str(path), f"cannot read the file: {exc.strerror}")]) from exc
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        what = f"not valid {encoding} (byte 0x{raw[exc.start]:02x}); set ledger.encoding"
        raise LedgerError([Problem(f"{path.name}:{line}", what)]) from exc
    except LookupError as exc:
        raise LedgerError([Problem(str(path), f"unknown encoding {encoding!r}")]) from exc


def read_ledger(config: LedgerConfig, path: Path | None = None) -> ParsedLedger:
    """Parse the export at `path` (default: `ledger.path`) plus `ledger.contacts_path` if set."""
    source = path or config.path
    if source is None:
        raise LedgerError([Problem("", "no ledger file: give a path or set ledger.path")])
    text = read_text(source, config.encoding)
    contacts_text = None
    contacts_source = ""
    if config.contacts_path is not None:
        contacts_text = read_text(config.contacts_path, config.encoding)
        contacts_source = config.contacts_path.name
    return parse_ledger(
        text,
        config,
        source=source.name,
        contacts_text=contacts_text,
        contacts_source=contacts_source,
    )


def fingerprint(config: LedgerConfig) -> LedgerFingerprint:
    """Cheap change detection by stat; a missing file counts as (0, 0, 0)."""
    stats = []
    for path in (config.path, config.contacts_path):
        if path is None:
            continue
        try:
            st = path.stat()
        except OSError:
            stats.append((0, 0, 0))
        else:
            stats.append((st.st_mtime_ns, st.st_size, st.st_ino))
    return LedgerFingerprint(tuple(stats))
