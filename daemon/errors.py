"""Error types that the CLI maps to one line and an exit code.

Every error carries enough context (file, line, key path, row) to be actionable on its own; none is
printed with a traceback unless the user asks for `--debug`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, the same for every command (uvicorn-style named codes)."""

    OK = 0
    FAILURE = 1
    INPUT = 2  # usage, config or input-file error: the user must fix something
    STARTUP = 3  # the service could not start (lock held, store unreadable, server unreachable)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    where: str  # "config.yaml:14" or "ledger.csv:7"
    what: str  # "cadences.default.steps[2].offset: expected a duration like \"+10d\""

    def __str__(self) -> str:
        return f"{self.where}: {self.what}" if self.where else self.what


class DunmailError(Exception):
    """Base class: a failure the user can act on, reported as one line."""

    exit_code: ExitCode = ExitCode.FAILURE

    def lines(self) -> list[str]:
        """The report, one self-contained line each (for stderr and for the log)."""
        return [str(self)]


class InputError(DunmailError):
    """A file given to us is wrong; lists every problem found, not just the first."""

    exit_code = ExitCode.INPUT

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], summary: str = "") -> None:
        self.problems = tuple(problems)
        self.summary = summary
        super().__init__(summary or "; ".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        """The report, one line per problem, summary first when there is one."""
        head = [self.summary] if self.summary else []
        return head + [str(p) for p in self.problems]


class ConfigError(InputError):
    """The YAML configuration (or a template it names) is invalid."""


class LedgerError(InputError):
    """The open-invoice export has rows we cannot read."""


class StartupError(DunmailError):
    """The service cannot start: another instance holds the state, a secret is missing, ..."""

    exit_code = ExitCode.STARTUP


class StoreError(DunmailError):
    """The state store is unreadable or was written by a newer dunmail."""

    exit_code = ExitCode.STARTUP


class StoreLockedError(StoreError):
    """Another dunmail process owns the state directory."""
