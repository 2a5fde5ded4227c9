"""Reads invoice PDFs named in the ledger, never more than the attachment cap allows."""

from __future__ import annotations

import logging
from pathlib import Path

from daemon.config.schema import Config
from daemon.core.records import Invoice

log = logging.getLogger("dunmail.pdf")
MEGABYTE = 1024 * 1024


class PdfFiles:
    """`read(invoice)`: the PDF's bytes, at most cap + 1 of them (so "too large" is visible)."""

    def __init__(self, directory: Path, max_bytes: int) -> None:
        self.directory = directory
        self.max_bytes = max_bytes

    @classmethod
    def for_config(cls, config: Config) -> PdfFiles:
        outbound = config.outbound
        ledger_dir = config.ledger.path.parent if config.ledger.path else Path()
        directory = outbound.pdf_directory or ledger_dir
        return cls(directory, int(outbound.max_attachment_mb * MEGABYTE))

    def read(self, invoice: Invoice) -> bytes | None:
        if not invoice.pdf_path:
            return None
        path = self.directory / invoice.pdf_path
        try:
            with path.open("rb") as pdf:
                # Bounded: a 30 MB file costs cap + 1 bytes to find it is too large.
                return pdf.read(self.max_bytes + 1)
        except OSError as exc:
            log.warning("invoice %s: PDF %s not attached: %s", invoice.number, path, exc.strerror)
            return None
