"""The command spool: how a collector's command reaches a running daemon that owns the store.

One job: files in `<state>/commands/`. The CLI writes each command as `<id>.json` (written to a
temporary name, flushed, then renamed, so the daemon never reads half a command); the daemon reads
them oldest first, and after carrying one out (its effects committed) writes `<id>.result` and
removes the command. A command is thus applied once: a crash before the removal leaves it to be
read again, and the daemon skips a command whose result already exists. Decides nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from daemon.errors import state_write_error

SPOOL = "commands"


class CommandSpool:
    def __init__(self, state_directory: Path) -> None:
        self.directory = state_directory / SPOOL

    def submit(self, command_id: str, payload: dict[str, Any]) -> Path:
        final = self.directory / f"{command_id}.json"
        self._write(final, payload, f"cannot hand the command to the daemon ({final})")
        return final

    def pending(self) -> list[tuple[str, dict[str, Any] | None]]:
        """(id, payload) of each waiting command, oldest first; payload None if unreadable."""
        if not self.directory.is_dir():
            return []
        found = []
        for path in sorted(self.directory.glob("*.json"), key=lambda p: p.stat().st_mtime_ns):
            command_id = path.stem
            if (self.directory / f"{command_id}.result").exists():
                path.unlink(missing_ok=True)  # carried out before a crash: never twice
                continue
            try:
                payload = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError):
                payload = None
            found.append((command_id, payload if isinstance(payload, dict) else None))
        return found

    def finish(self, command_id: str, ok: bool, line: str) -> None:
        """Record the outcome (after the effects are committed), then drop the command."""
        self._write(
            self.directory / f"{command_id}.result",
            {"ok": ok, "line": line},
            f"cannot record the outcome of command {command_id}",
            then_drop=self.directory / f"{command_id}.json",
        )

    def result(self, command_id: str) -> dict[str, Any] | None:
        """The outcome once the daemon carried the command out (the result file is then gone)."""
        path = self.directory / f"{command_id}.result"
        try:
            loaded = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        path.unlink(missing_ok=True)
        return loaded if isinstance(loaded, dict) else None

    def _write(
        self, final: Path, payload: dict[str, Any], what: str, *, then_drop: Path | None = None
    ) -> None:
        """`payload` as `final`, whole or not at all (a synced temp file renamed over it), then
        `then_drop` removed; a failure is named by `what`, and leaves no temp file behind."""
        partial = final.with_name(f".{final.name}.tmp")
        try:
            self.directory.mkdir(mode=0o700, exist_ok=True)
            with partial.open("w", encoding="utf-8") as out:
                json.dump(payload, out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(final)
            if then_drop is not None:
                then_drop.unlink(missing_ok=True)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise state_write_error(what, exc) from exc
