"""The long-running service: startup, the main loop, shutdown. Wires shell adapters to the core.

Lifecycle (uvicorn-style): `startup` takes the store lock, compiles the templates and reads the
passwords; the loop runs one iteration of periodic work, then snoozes until the next tick or a
signal; `shutdown` closes connections and the store. Signal handlers only set events; the loop
acts on them. Each iteration syncs the ledger export, then runs one reminder cycle. Beside it,
the inbox loop (`daemon.inbound`) reads replies as they arrive (IDLE); on SIGTERM it is given
`STOP_GRACE_SECONDS` to finish the batch in hand.

A state directory that cannot be written (full, read-only, failing) pauses sending, since every
email needs its record first, and systemd's status says why; sending resumes once a commit works.
If a failed write could not even be undone on disk, the service stops with exit code 75 and
systemd starts it again, reading back what the files hold.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path

from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.errors import DunmailError, LedgerError, StartupError, StateWriteError, StoreError
from daemon.inbound import Inbound
from daemon.inbox_setup import build_inbound
from daemon.locations import state_directory
from daemon.mailer import Mailer
from daemon.manual_apply import apply_spooled
from daemon.outbound import CycleReport
from daemon.shell import ledger_file
from daemon.shell.clock import Clock, SystemClock
from daemon.shell.store import Store
from daemon.shell.systemd import Notifier
from daemon.sync import sync_ledger

log = logging.getLogger("dunmail.service")

# How long a stopping inbox loop may take to finish the batch in hand before it is cancelled.
STOP_GRACE_SECONDS = 20.0
# A ledger file modified less than this long ago may still be being written by the exporter.
LEDGER_QUIET_SECONDS = 2.0
# `run --once` has no next pass to pick up such an export, so it waits up to this long for it.
LEDGER_SETTLE_LIMIT_SECONDS = 10.0
# How often the running service checks that its store can still be written.
STORE_CHECK_SECONDS = 1.0


@dataclass
class _Events:
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    reload: asyncio.Event = field(default_factory=asyncio.Event)


class Service:
    def __init__(
        self,
        config_path: Path,
        config: Config,
        *,
        clock: Clock | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        self.config_path = config_path
        self.config = config
        self.clock = clock or SystemClock()
        self.notifier = notifier or Notifier()
        self.store: Store | None = None
        self.mailer: Mailer | None = None
        self.inbound: Inbound | None = None
        self._inbound_task: asyncio.Task[None] | None = None
        self._inbound_stop = asyncio.Event()
        self._events = _Events()
        self._ledger_seen: ledger_file.LedgerFingerprint | None = None
        self._ledger_failed: ledger_file.LedgerFingerprint | None = None
        self._failure: StateWriteError | None = None  # why the service stopped by itself
        self._paused = ""  # why sending is paused, as told to systemd

    # -- lifecycle -------------------------------------------------------------------------

    def startup(self) -> None:
        directory = state_directory(self.config, os.environ)
        try:
            self.store = Store.open(directory)
        except StateWriteError:
            raise  # may pass (a full or failing disk): exits so that systemd tries again
        except StoreError as exc:
            raise StartupError(str(exc)) from exc
        try:
            self.mailer = Mailer.build(self.config, self.store, self.clock)
            self.inbound = build_inbound(self.config, self.store, self.clock, self.mailer)
        except BaseException:
            self.store.close()
            self.store = None
            raise
        log.info("state in %s; config %s", directory, self.config_path)

    async def run(self) -> None:
        self.startup()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self._events.stop.set)
        loop.add_signal_handler(signal.SIGHUP, self._events.reload.set)
        watchdog = asyncio.create_task(self._watchdog())
        guard = asyncio.create_task(self._guard_store())
        self._start_inbound()
        self.notifier.ready("running")
        try:
            await self._main_loop()
        finally:
            self.notifier.stopping()
            watchdog.cancel()
            guard.cancel()
            await self._stop_inbound()
            for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(signum)
            await self.shutdown()
        if self._failure is not None:
            raise self._failure

    async def run_once(self) -> CycleReport:
        """One iteration (sync the ledger, plan, send what is due) at the clock's time.

        The loop reads an export still being written on its next pass; a single run has none, so
        it waits for the export to settle first. Otherwise `export && dunmail run --once` would
        plan on the previous export and could remind a customer of an invoice just paid.
        """
        self.startup()
        try:
            await self._await_settled_ledger()
            await self._sync_quietly()
            if self.inbound is not None:
                # Replies first: one that pauses a customer is seen before a reminder goes out.
                try:
                    await self.inbound.poll()
                except DunmailError as exc:
                    for line in exc.lines():
                        log.error("inbox not read: %s", line)
            report = await self.iteration()
        finally:
            await self.shutdown()
        if report.unsaved:
            raise StateWriteError(f"{report.line()}; stopped: {report.unsaved}")
        return report

    async def shutdown(self) -> None:
        if self.inbound is not None:
            await self.inbound.close()
            self.inbound = None
        if self.mailer is not None:
            await self.mailer.close()
            self.mailer = None
        if self.store is not None:
            self.store.close()
            self.store = None
        log.info("stopped")

    def request_stop(self) -> None:
        self._events.stop.set()

    # -- the loop --------------------------------------------------------------------------

    async def _main_loop(self) -> None:
        while not self._events.stop.is_set():
            if self._events.reload.is_set():
                self._events.reload.clear()
                await self._reload()
            await self.iteration()
            if self._stop_if_store_broken():
                return
            await self._snooze(self.config.ledger.poll_seconds)

    async def iteration(self) -> CycleReport:
        """One pass of periodic work; a failure is logged and retried next pass, never fatal."""
        await self._sync_quietly()
        if self.store is not None:
            # Collectors' commands handed over while we own the store, before anything is sent.
            try:
                apply_spooled(self.store, self.config, self.clock.now())
            except DunmailError as exc:
                for line in exc.lines():
                    log.error("collectors' commands: %s", line)
        if self.mailer is None:
            return CycleReport()
        # The ledger was just re-read: the plan and the last-moment recheck see today's balances.
        report = await self.mailer.cycle(self.clock.now())
        self._tell_paused(report.unsaved and f"sending paused, state not saved: {report.unsaved}")
        return report

    def _tell_paused(self, why: str) -> None:
        """`systemctl status` shows why nothing is sent, and that it runs again once it does."""
        if why != self._paused:
            self._paused = why
            self.notifier.status(why or "running")

    async def _sync_quietly(self) -> None:
        try:
            await self._sync_ledger()
        except DunmailError as exc:
            for line in exc.lines():
                log.error("%s", line)

    def _start_inbound(self) -> None:
        if self.inbound is None:
            return
        self._inbound_stop = asyncio.Event()
        self._inbound_task = asyncio.create_task(self.inbound.run(self._inbound_stop))

    async def _stop_inbound(self) -> None:
        """Let the inbox loop finish the batch in hand, within the grace period."""
        task, self._inbound_task = self._inbound_task, None
        if task is None:
            return
        self._inbound_stop.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout=STOP_GRACE_SECONDS)
        except TimeoutError:
            log.warning("inbox loop did not stop within %.0f s: cancelled", STOP_GRACE_SECONDS)
            task.cancel()
        except Exception:
            log.exception("inbox loop failed")

    async def _snooze(self, seconds: float) -> None:
        waiters = {
            asyncio.ensure_future(self._events.stop.wait()),
            asyncio.ensure_future(self._events.reload.wait()),
        }
        _, pending = await asyncio.wait(
            waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
        )
        for task in pending:
            task.cancel()

    async def _guard_store(self) -> None:
        """Between passes too (the inbox loop writes while the main loop snoozes)."""
        while not self._stop_if_store_broken():
            await asyncio.sleep(STORE_CHECK_SECONDS)

    def _stop_if_store_broken(self) -> bool:
        """Stop once the store can commit nothing more (a write failed and could not be undone
        on disk): a restarted process reads back from the files what was committed, as
        PostgreSQL does after a failed fsync. Exit code 75 makes systemd start it again."""
        if self._failure is None and self.store is not None and self.store.broken:
            self._failure = StateWriteError(f"stopped: {self.store.broken}")
            log.error("%s", self._failure)
            self._events.stop.set()
        return self._failure is not None

    async def _watchdog(self) -> None:
        interval = self.notifier.watchdog_seconds
        if not interval:
            return
        while True:
            self.notifier.watchdog()
            # Ping at half the interval, as sd_watchdog_enabled(3) recommends.
            await asyncio.sleep(interval / 2)

    async def _reload(self) -> None:
        """SIGHUP: re-read the config; keep the running one if the new one is invalid."""
        self.notifier.reloading()
        try:
            config = load_config(self.config_path)
            mailer = Mailer.build(config, self.store, self.clock) if self.store else None
            inbound = (
                build_inbound(config, self.store, self.clock, mailer)
                if self.store and mailer
                else None
            )
        except DunmailError as exc:
            for line in exc.lines():
                log.error("config not reloaded, keeping the running one: %s", line)
        else:
            await self._stop_inbound()
            if self.inbound is not None:
                await self.inbound.close()
            if self.mailer is not None:
                await self.mailer.close()
            self.config, self.mailer, self.inbound = config, mailer, inbound
            self._ledger_seen = None
            self._start_inbound()
            log.info("config reloaded from %s", self.config_path)
        self.notifier.ready("running")

    # -- ledger ----------------------------------------------------------------------------

    async def _await_settled_ledger(self) -> None:
        ledger = self.config.ledger
        if ledger.path is None:
            return
        deadline = self.clock.monotonic() + LEDGER_SETTLE_LIMIT_SECONDS
        while not ledger_file.fingerprint(ledger).settled(LEDGER_QUIET_SECONDS):
            if self.clock.monotonic() >= deadline:
                log.warning("%s is still being written: not read this run", ledger.path)
                return
            await asyncio.sleep(0.1)

    async def _sync_ledger(self) -> None:
        ledger = self.config.ledger
        if ledger.path is None or self.store is None:
            return
        seen = ledger_file.fingerprint(ledger)
        if seen in (self._ledger_seen, self._ledger_failed):
            return
        if not seen.settled(LEDGER_QUIET_SECONDS):
            return  # still being written; look again next pass
        try:
            # Parsing a large export is CPU work on pure code: keep the event loop free.
            parsed = await asyncio.to_thread(ledger_file.read_ledger, ledger)
            if ledger_file.fingerprint(ledger) != seen:
                return  # rewritten while we read it: read again once it settles
            if parsed.problems:
                raise LedgerError(parsed.problems, summary="ledger not synced; store unchanged")
            changes = sync_ledger(self.store, parsed, now=self.clock.now(), source=ledger.path.name)
        except DunmailError:
            # Report a broken export once, not on every poll; a new version is read again.
            self._ledger_failed = seen
            raise
        self._ledger_seen = seen
        self._ledger_failed = None
        log.info("ledger synced: %s", changes.summary_line())
