"""Error types that the CLI maps to one line and an exit code.

Every error carries enough context (file, line, key path, row) to be actionable on its own; none is
printed with a traceback unless the user asks for `--debug`.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, the same for every command (uvicorn-style named codes)."""

    OK = 0
    FAILURE = 1
    INPUT = 2  # usage, config or input-file error: the user must fix something
    STARTUP = 3  # the service could not start (lock held, store unreadable, server unreachable)
    # The state could not be written (disk full, read-only, I/O error): that may pass, so the
    # unit restarts the service. 75 is EX_TEMPFAIL in sysexits.h.
    TEMPORARY = 75


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


class StateWriteError(StoreError):
    """The state could not be written: the disk is full, read-only or failing.

    Nothing was changed (the commit was rolled back), and it may pass once space returns or the
    disk is back: a run that meets it exits with `ExitCode.TEMPORARY`, so systemd starts it
    again, while permission errors stay startup failures a person must fix.
    """

    exit_code = ExitCode.TEMPORARY


# errno values after which writing the state may work again without a person changing the
# config or the permissions: ENOSPC, EDQUOT, EIO, EROFS (a disk remounted read-only on errors).
TEMPORARY_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS})


def state_write_error(what: str, exc: OSError) -> StoreError:
    """`what: <the system's words>`, as a StateWriteError when the cause may pass."""
    kind = StateWriteError if exc.errno in TEMPORARY_ERRNOS else StoreError
    return kind(f"{what}: {exc.strerror or exc}")


class StoreLockedError(StoreError):
    """Another dunmail process owns the state directory."""
