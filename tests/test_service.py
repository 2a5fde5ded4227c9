"""The running service: ledger sync on change, signals, sd_notify, one writer per state."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from service_world import SystemdStandIn, eventually

from daemon.config.loader import load_config
from daemon.core.records import ClosedReason, InvoiceStatus
from daemon.service import Service
from daemon.shell.clock import FixedClock
from daemon.shell.store import Store
from daemon.shell.systemd import Notifier

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# These tests are about the ledger and the lifecycle: on a Saturday no reminder is due.
WEEKEND = FixedClock(datetime(2026, 11, 21, 15, 0, tzinfo=UTC))


def backdate(path: Path, seconds: float = 60) -> None:
    """Make a file look finished by its writer (the service waits for exports to settle)."""
    past = time.time() - seconds
    os.utime(path, (past, past))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for name in ("ledger.csv", "contacts.csv"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
        backdate(tmp_path / name)
    text = (EXAMPLES / "config.yaml").read_text()
    text = text.replace(
        "  default_currency: USD\n", "  default_currency: USD\n  poll_seconds: 0.05\n"
    )
    (tmp_path / "config.yaml").write_text(text)
    return tmp_path


def drop_last_rows(ledger: Path, count: int) -> None:
    lines = ledger.read_text().splitlines(keepends=True)
    ledger.write_text("".join(lines[:-count]))
    backdate(ledger)


def open_invoices(state: Path) -> dict[str, InvoiceStatus]:
    with Store.open(state, readonly=True) as store:
        return {number: inv.status for number, inv in store.invoices().items()}


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[SystemdStandIn]:
    stand_in = SystemdStandIn(tmp_path / "notify.sock")
    yield stand_in
    stand_in.close()


# -- one iteration at a time -------------------------------------------------------------------


def test_an_iteration_syncs_the_ledger_only_when_it_changed(site: Path) -> None:
    path = site / "config.yaml"
    service = Service(path, load_config(path), clock=WEEKEND)
    service.startup()
    try:
        asyncio.run(service.iteration())
        assert service.store is not None
        assert len(service.store.invoices()) == 30
        history_after_first = len(service.store.history())

        asyncio.run(service.iteration())  # unchanged export: nothing recorded again
        assert len(service.store.history()) == history_after_first

        drop_last_rows(site / "ledger.csv", 2)
        asyncio.run(service.iteration())
        closed = [i for i in service.store.invoices().values() if i.status is InvoiceStatus.CLOSED]
        assert len(closed) == 2
        assert {i.closed_reason for i in closed} == {ClosedReason.REMOVED}
    finally:
        asyncio.run(service.shutdown())


def test_an_export_still_being_written_is_not_read(site: Path) -> None:
    path = site / "config.yaml"
    service = Service(path, load_config(path), clock=WEEKEND)
    service.startup()
    try:
        os.utime(site / "ledger.csv")  # modified just now: the exporter may still be writing
        asyncio.run(service.iteration())
        assert service.store is not None
        assert service.store.invoices() == {}
        backdate(site / "ledger.csv")
        asyncio.run(service.iteration())
        assert len(service.store.invoices()) == 30
    finally:
        asyncio.run(service.shutdown())


def test_a_bad_export_is_logged_and_the_store_kept(
    site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = site / "config.yaml"
    service = Service(path, load_config(path), clock=WEEKEND)
    service.startup()
    ledger = site / "ledger.csv"
    good = ledger.read_text()
    try:
        asyncio.run(service.iteration())
        lines = good.splitlines(keepends=True)
        lines[5] = lines[5].replace(",USD,", ",dollars,", 1)
        ledger.write_text("".join(lines[:-3]) + lines[5])
        backdate(ledger)
        with caplog.at_level(logging.ERROR, logger="dunmail.service"):
            asyncio.run(service.iteration())
        assert "ledger not synced; store unchanged" in caplog.text
        assert "ledger.csv:6: currency:" in caplog.text
        assert service.store is not None
        assert all(i.status is InvoiceStatus.OPEN for i in service.store.invoices().values())

        caplog.clear()
        with caplog.at_level(logging.ERROR, logger="dunmail.service"):
            asyncio.run(service.iteration())  # the same broken export: not reported again
        assert caplog.text == ""

        ledger.write_text(good)
        backdate(ledger, 30)
        asyncio.run(service.iteration())
        assert len(service.store.invoices()) == 30
    finally:
        asyncio.run(service.shutdown())


def test_an_empty_export_is_refused_by_the_running_service(
    site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = site / "config.yaml"
    service = Service(path, load_config(path), clock=WEEKEND)
    service.startup()
    try:
        asyncio.run(service.iteration())
        ledger = site / "ledger.csv"
        ledger.write_text(ledger.read_text().splitlines(keepends=True)[0])
        backdate(ledger)
        with caplog.at_level(logging.ERROR, logger="dunmail.service"):
            asyncio.run(service.iteration())
        assert "would close all 30 open invoices" in caplog.text
        assert service.store is not None
        assert all(i.status is InvoiceStatus.OPEN for i in service.store.invoices().values())
    finally:
        asyncio.run(service.shutdown())


# -- the running loop --------------------------------------------------------------------------


async def test_run_notifies_systemd_follows_the_ledger_and_stops(
    site: Path, systemd: SystemdStandIn
) -> None:
    path = site / "config.yaml"
    notifier = Notifier({"NOTIFY_SOCKET": str(systemd.path), "WATCHDOG_USEC": "100000"})
    service = Service(path, load_config(path), notifier=notifier, clock=WEEKEND)
    running = asyncio.create_task(service.run())
    await eventually(lambda: systemd.saw("READY=1"))
    await eventually(lambda: service.store is not None and len(service.store.invoices()) == 30)
    await eventually(lambda: systemd.saw("WATCHDOG=1"))

    drop_last_rows(site / "ledger.csv", 1)
    await eventually(
        lambda: (
            service.store is not None
            and sum(i.status is InvoiceStatus.CLOSED for i in service.store.invoices().values())
            == 1
        )
    )
    os.kill(os.getpid(), signal.SIGTERM)  # handled by the loop: a clean stop, not a kill
    await asyncio.wait_for(running, 10)
    assert systemd.saw("STOPPING=1")
    assert list(open_invoices(site / "state").values()).count(InvoiceStatus.CLOSED) == 1


async def test_sighup_reloads_a_valid_config_and_keeps_the_old_one_otherwise(
    site: Path, systemd: SystemdStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    path = site / "config.yaml"
    notifier = Notifier({"NOTIFY_SOCKET": str(systemd.path)})
    service = Service(path, load_config(path), notifier=notifier, clock=WEEKEND)
    running = asyncio.create_task(service.run())
    try:
        await eventually(lambda: systemd.saw("READY=1"))
        original = path.read_text()

        path.write_text(original.replace("timezone: America/New_York", "timezone: Mars/Base"))
        with caplog.at_level(logging.ERROR, logger="dunmail.service"):
            os.kill(os.getpid(), signal.SIGHUP)
            await eventually(lambda: "config not reloaded" in caplog.text)
        assert "schedule.timezone" in caplog.text
        assert service.config.schedule.timezone == "America/New_York"

        path.write_text(original.replace("timezone: America/New_York", "timezone: Europe/Berlin"))
        os.kill(os.getpid(), signal.SIGHUP)
        await eventually(lambda: service.config.schedule.timezone == "Europe/Berlin")
        assert systemd.saw("RELOADING=1")
    finally:
        service.request_stop()
        await asyncio.wait_for(running, 10)


# -- real processes ----------------------------------------------------------------------------


def start_daemon(site: Path, systemd: SystemdStandIn | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUNMAIL_", "NOTIFY_"))}
    if systemd is not None:
        env["NOTIFY_SOCKET"] = str(systemd.path)
    return subprocess.Popen(
        [sys.executable, "-m", "daemon", "run", "--config", str(site / "config.yaml")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(condition: Callable[[], bool], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def test_one_daemon_per_state_directory(site: Path, systemd: SystemdStandIn) -> None:
    first = start_daemon(site, systemd)
    try:
        wait_for(lambda: systemd.saw("READY=1"))
        second = start_daemon(site)
        _, err = second.communicate(timeout=30)
        assert second.returncode == 3
        assert f"pid {first.pid}" in err
        assert "Traceback" not in err

        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
        assert first.returncode == 0
        assert len(open_invoices(site / "state")) == 30
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
