"""Shared fixtures for tests against real servers.

- ``tls_material`` (session): a throwaway CA and a server certificate for 127.0.0.1/localhost.
- ``dovecot`` (session): one private Dovecot (IMAP, imaps, STARTTLS, LMTP) for the whole run;
  ``dovecot_binary`` (session) is the binary, for tests that start one of their own.
- ``imap_account`` (function): every user's mailbox emptied and user "ar" ready to connect; the
  connections it opened are logged out after the test.
- ``smtp_sink`` (function, async): an aiosmtpd sink in the test's own event loop.
- ``smtp_sink_thread`` (function): the same sink on a thread, for synchronous tests.
- ``small_disk`` (function): a 16 MB ext4 image loop-mounted in the test's tmp dir, which the
  test can fill, shut down (EIO) and bring back, or mount read-only (needs root).

Tests using Dovecot are marked ``imap`` and tests using an SMTP sink fixture ``smtp``,
automatically. A missing server binary skips those tests on a developer's machine but fails them
in CI (``CI=true``): CI must never go green by skipping.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from servers.disk import DiskUnavailableError, SmallDisk
from servers.dovecot import ImapAccount, PrivateDovecot, find_dovecot
from servers.smtp import SmtpSink, ThreadedSmtpSink
from servers.tls import TlsMaterial, TlsToolMissingError, create_tls_material

_IMAP_FIXTURES = {"dovecot", "dovecot_binary", "imap_account"}
_SMTP_FIXTURES = {"smtp_sink", "smtp_sink_thread"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & _IMAP_FIXTURES:
            item.add_marker(pytest.mark.imap)
        if used & _SMTP_FIXTURES:
            item.add_marker(pytest.mark.smtp)


def _missing(what: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} (CI must run these tests, not skip them)", pytrace=False)
    pytest.skip(what)


@pytest.fixture(scope="session")
def tls_material(tmp_path_factory: pytest.TempPathFactory) -> TlsMaterial:
    try:
        return create_tls_material(tmp_path_factory.mktemp("tls"))
    except TlsToolMissingError as error:
        _missing(f"{error}: run `make system-deps`")


@pytest.fixture(scope="session")
def dovecot_binary() -> str:
    binary = find_dovecot()
    if binary is None:
        _missing("dovecot is not installed: run `make system-deps`")
    return binary


@pytest.fixture(scope="session")
def dovecot(dovecot_binary: str, tls_material: TlsMaterial) -> Iterator[PrivateDovecot]:
    with PrivateDovecot(dovecot_binary, tls=tls_material) as server:
        yield server


@pytest.fixture
def imap_account(dovecot: PrivateDovecot) -> Iterator[ImapAccount]:
    for user in dovecot.users:
        dovecot.reset_mailbox(user)
    account = ImapAccount(dovecot, "ar")
    yield account
    account.close()


@pytest.fixture
async def smtp_sink() -> AsyncIterator[SmtpSink]:
    async with SmtpSink() as sink:
        yield sink


@pytest.fixture
def smtp_sink_thread() -> Iterator[ThreadedSmtpSink]:
    with ThreadedSmtpSink() as sink:
        yield sink


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    disk = SmallDisk(tmp_path / "disk.img", tmp_path / "disk")
    try:
        disk.create()
    except DiskUnavailableError as error:
        disk.image.unlink(missing_ok=True)
        _missing(str(error))
    try:
        yield disk
    finally:
        disk.unmount()
        disk.image.unlink(missing_ok=True)
