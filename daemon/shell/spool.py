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
        partial = self.directory / f".{command_id}.json.tmp"
        try:
            self.directory.mkdir(mode=0o700, exist_ok=True)
            with partial.open("w", encoding="utf-8") as out:
                json.dump(payload, out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(final)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise state_write_error(
                f"cannot hand the command to the daemon ({final})", exc
            ) from exc
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
        result = self.directory / f"{command_id}.result"
        partial = self.directory / f".{command_id}.result.tmp"
        try:
            partial.write_text(json.dumps({"ok": ok, "line": line}, ensure_ascii=False), "utf-8")
            partial.replace(result)
            (self.directory / f"{command_id}.json").unlink(missing_ok=True)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise state_write_error(
                f"cannot record the outcome of command {command_id}", exc
            ) from exc

    def result(self, command_id: str) -> dict[str, Any] | None:
        """The outcome once the daemon carried the command out (the result file is then gone)."""
        path = self.directory / f"{command_id}.result"
        try:
            loaded = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        path.unlink(missing_ok=True)
        return loaded if isinstance(loaded, dict) else None
