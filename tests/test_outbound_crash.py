"""`dunmail run --once` killed mid-send (SIGKILL, by the SMTP server's own hooks), then restarted.

The sink relays `example.test` mail into the private Dovecot, so the AR mailbox receives the
acceptance copy exactly when the server accepted a message. Its hooks kill the dunmail process at
chosen points of the SMTP conversation: at the addressee's RCPT (SENDING is recorded, nothing is
accepted), after the message content but before accepting it, and after accepting it but before
the 250 reaches dunmail. Whatever the point, every due reminder must reach its customer exactly
once, under the Message-ID it was first given, with one copy in Sent.
"""

from __future__ import annotations

import random
import signal
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from pathlib import Path

import pytest
from outbound_world import (
    AR,
    address,
    at,
    dunmail_argv,
    dunmail_env,
    folder_message_ids,
    overdue_ledger,
    write_config,
    write_ledger,
)
from servers.dovecot import ImapAccount, PrivateDovecot
from servers.smtp import ReceivedMessage, ThreadedSmtpSink

from daemon.core.records import OutboxItem, OutboxStatus
from daemon.shell.store import Store

T0 = at("2026-11-02T09:00:00-05:00")  # a Monday, 09:00 in New York: the window opens
CUSTOMERS = ("K1", "K2", "K3", "K4", "K5")
MANY = tuple(f"K{n:02}" for n in range(1, 31))  # more than ten kills can use up
RETRY_LATER = "451 4.3.0 try again later"


class Stage(StrEnum):
    RCPT = "rcpt"  # SENDING recorded; killed at the addressee's RCPT: nothing accepted
    DATA = "data"  # the content went out; killed before the server accepted it
    ACCEPTED = "accepted"  # the server accepted (and relayed) it; killed before the 250 arrives


@dataclass
class Killer:
    """The sink's hooks: SIGKILL the running dunmail at the `at`-th transaction's `stage`."""

    at: tuple[int, Stage] | None = None
    process: subprocess.Popen[str] | None = None
    transactions: int = 0
    # Each transaction's number, by its addressee: with several connections, transaction 1 may
    # reach DATA after transaction 3 reached RCPT, so the running count cannot name it.
    numbers: dict[str, int] = field(default_factory=dict)
    killed: list[tuple[Stage, str]] = field(default_factory=list)  # (stage, Message-ID or rcpt)
    refuse_once: set[str] = field(default_factory=set)  # addressees to answer 451 once
    # Takes responsibility for a message as the sink would (relay, record), before the kill.
    accept: Callable[[ReceivedMessage], None] = lambda _message: None

    def rcpt(self, rcpt: str) -> str | None:
        if rcpt == AR:
            return None
        self.transactions += 1  # exactly one addressee per transaction
        self.numbers[rcpt] = self.transactions
        if rcpt in self.refuse_once:
            self.refuse_once.discard(rcpt)
            return RETRY_LATER
        if self._due(Stage.RCPT, self.transactions):
            self._kill(Stage.RCPT, rcpt)
            return RETRY_LATER  # nobody reads it any more
        return None

    def data(self, message: ReceivedMessage) -> str | None:
        """Accept (relay and record) right here, in one step.

        The sink's own relay runs in a thread while aiosmtpd awaits it, and a client that dies
        meanwhile gets the handler cancelled: the copy lands in the mailbox but the sink never
        records the message. Accepting inside the hook leaves no such gap, for any number of
        connections at once.
        """
        message_id = str(message.message["Message-ID"])
        addressee = next((r for r in message.rcpt_tos if r != AR), "")
        number = self.numbers.get(addressee, 0)
        if self._due(Stage.DATA, number):
            self._kill(Stage.DATA, message_id)
            return RETRY_LATER
        self.accept(message)
        if self._due(Stage.ACCEPTED, number):
            self._kill(Stage.ACCEPTED, message_id)
        return "250 2.0.0 OK: queued"  # to a dead connection, after a kill

    def _due(self, stage: Stage, number: int) -> bool:
        return self.at == (number, stage) and self.process is not None

    def _kill(self, stage: Stage, what: str) -> None:
        process = self.process
        assert process is not None
        self.killed.append((stage, what))  # first: the test goes on as soon as the child dies
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)  # dead before the server says another word


@pytest.fixture
def killer() -> Killer:
    return Killer()


@pytest.fixture
def sink(
    dovecot: PrivateDovecot, imap_account: ImapAccount, killer: Killer
) -> Iterator[ThreadedSmtpSink]:
    with ThreadedSmtpSink() as sink:

        def accept(message: ReceivedMessage) -> None:
            """As an MTA whose local domain is example.test: only the AR copy goes to Dovecot."""
            if AR in message.rcpt_tos:
                dovecot.deliver("ar", message.raw, sender=message.mail_from)
            sink.messages.append(message)

        sink.on_rcpt = killer.rcpt
        sink.on_data = killer.data
        killer.accept = accept
        yield sink


@dataclass
class Site:
    """A config and ledger in a temp dir, run with `dunmail run --once --now`."""

    config: Path
    sink: ThreadedSmtpSink
    killer: Killer
    customers: tuple[str, ...] = CUSTOMERS

    def owing(self, customers: tuple[str, ...]) -> None:
        write_ledger(self.config.parent / "ledger.csv", overdue_ledger(customers))
        self.customers = customers

    @property
    def state(self) -> Path:
        return self.config.parent / "state"

    def run(
        self,
        minutes: float,
        kill_at: tuple[int, Stage] | None = None,
        *,
        config: Path | None = None,
    ) -> tuple[int, str]:
        """`dunmail run --once` at T0 + `minutes`; its exit code and stderr."""
        now = (T0 + timedelta(minutes=minutes)).isoformat()
        path = str(config or self.config)
        argv = dunmail_argv("run", "--config", path, "--once", "--now", now)
        killer = self.killer
        killer.at, killer.transactions = kill_at, 0
        killer.numbers.clear()
        process = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dunmail_env()
        )
        killer.process = process
        try:
            _, err = process.communicate(timeout=60)
        finally:
            killer.process = None
            if process.poll() is None:
                process.kill()
                process.communicate()
        return process.returncode, err

    def deliveries(self) -> Counter[str]:
        """How often the sink accepted each Message-ID for a customer (not just our copy)."""
        return Counter(
            str(m.message["Message-ID"]) for m in self.sink.messages if m.rcpt_tos != (AR,)
        )

    def delivered_to(self) -> Counter[str]:
        return Counter(rcpt for m in self.sink.messages for rcpt in m.rcpt_tos if rcpt != AR)

    def outbox(self) -> dict[str, OutboxItem]:
        with Store.open(self.state, readonly=True) as store:
            return {item.customer_id: item for item in store.outbox().values()}

    def killed_item(self) -> OutboxItem:
        """The outbox item of the one transaction killed (by Message-ID, or by addressee)."""
        [(_, what)] = self.killer.killed
        [item] = [i for i in self.outbox().values() if what in (i.message_id, i.recipient)]
        return item


@pytest.fixture
def site(tmp_path: Path, sink: ThreadedSmtpSink, killer: Killer, dovecot: PrivateDovecot) -> Site:
    site = Site(write_config(tmp_path, smtp_port=sink.port, dovecot=dovecot), sink, killer)
    site.owing(CUSTOMERS)
    return site


def assert_each_delivered_once(site: Site, dovecot: PrivateDovecot) -> None:
    """Every customer got exactly one reminder; the store, Sent and INBOX agree."""
    assert site.delivered_to() == Counter({address(c): 1 for c in site.customers})
    deliveries = site.deliveries()
    assert set(deliveries.values()) == {1}
    outbox = site.outbox()
    assert {c: i.status for c, i in outbox.items()} == dict.fromkeys(
        site.customers, OutboxStatus.SENT
    )
    assert {i.message_id for i in outbox.values()} == set(deliveries)
    with Store.open(site.state) as store:  # the writer reopens the store after every kill
        for customer in site.customers:
            sequence = store.sequence(customer)
            assert sequence is not None
            assert (sequence.last_step, sequence.last_step_index) == ("first", 1)
            assert sequence.thread == (outbox[customer].message_id,)
    assert sorted(folder_message_ids(dovecot, "Sent")) == sorted(deliveries)
    assert folder_message_ids(dovecot, "INBOX") == []


def test_killed_after_the_server_accepted_is_recorded_not_resent(
    site: Site, dovecot: PrivateDovecot
) -> None:
    code, _ = site.run(0, kill_at=(1, Stage.ACCEPTED))
    assert code == -signal.SIGKILL
    stuck = site.killed_item()
    assert stuck.status is OutboxStatus.SENDING
    assert site.deliveries()[stuck.message_id] == 1
    assert stuck.message_id in folder_message_ids(dovecot, "INBOX")  # the proof of acceptance

    code, err = site.run(1)
    assert code == 0, err
    assert "1 recovered" in err
    assert site.deliveries()[stuck.message_id] == 1  # not sent again
    recorded = site.outbox()[stuck.customer_id]
    assert (recorded.status, recorded.sent_at) == (OutboxStatus.SENT, T0)  # when handed over
    assert_each_delivered_once(site, dovecot)


def test_killed_before_the_server_accepted_is_sent_again_after_the_wait(
    site: Site, dovecot: PrivateDovecot
) -> None:
    code, _ = site.run(0, kill_at=(1, Stage.DATA))
    assert code == -signal.SIGKILL
    stuck = site.killed_item()
    assert (stuck.status, stuck.attempts) == (OutboxStatus.SENDING, 1)
    assert stuck.message_id not in site.deliveries()

    # Within acceptance_wait_seconds (120 s) the copy might still be on its way: wait.
    code, err = site.run(1)
    assert code == 0, err
    assert site.outbox()[stuck.customer_id].status is OutboxStatus.SENDING
    assert stuck.message_id not in site.deliveries()

    code, err = site.run(5)
    assert code == 0, err
    assert site.deliveries()[stuck.message_id] == 1  # the same message, its first Message-ID
    assert site.outbox()[stuck.customer_id].attempts == 2
    assert_each_delivered_once(site, dovecot)


@pytest.mark.parametrize("stage", [Stage.ACCEPTED, Stage.DATA])
def test_without_a_mailbox_an_interrupted_reminder_counts_as_sent_and_is_never_repeated(
    site: Site, stage: Stage
) -> None:
    """No mailbox, so no copy can tell whether it went out: whether it did (ACCEPTED) or not
    (DATA), it is counted as sent, unconfirmed, and neither a resend nor a new plan for the
    same step reaches the customer, that day or the next."""
    blind = write_config(
        site.config.parent, smtp_port=site.sink.port, dovecot=None, name="no-mailbox.yaml"
    )
    code, _ = site.run(0, kill_at=(1, stage), config=blind)
    assert code == -signal.SIGKILL
    stuck = site.killed_item()
    assert stuck.status is OutboxStatus.SENDING

    code, err = site.run(5, config=blind)  # past acceptance_wait_seconds
    assert code == 0, err
    assert "1 unconfirmed" in err
    recorded = site.outbox()[stuck.customer_id]
    assert recorded.status is OutboxStatus.SENT
    assert "counted as sent so that it is never sent twice" in recorded.error
    code, err = site.run(24 * 60, config=blind)  # the next day: the sequence moved on
    assert code == 0, err
    expected = {address(c): 1 for c in site.customers if c != stuck.customer_id}
    expected[stuck.recipient] = 1 if stage is Stage.ACCEPTED else 0
    assert site.delivered_to() == Counter({k: n for k, n in expected.items() if n})


def test_killed_at_rcpt_after_sending_was_recorded_is_sent_once(
    site: Site, dovecot: PrivateDovecot
) -> None:
    code, _ = site.run(0, kill_at=(2, Stage.RCPT))
    assert code == -signal.SIGKILL
    stuck = site.killed_item()
    assert stuck.status is OutboxStatus.SENDING  # recorded before the transaction started
    assert stuck.message_id not in site.deliveries()

    code, err = site.run(3)
    assert code == 0, err
    assert site.deliveries()[stuck.message_id] == 1
    assert_each_delivered_once(site, dovecot)


def test_ten_random_kills_across_a_cycle_still_send_each_reminder_once(
    site: Site, dovecot: PrivateDovecot
) -> None:
    """Every other run uses three SMTP connections: a kill then cuts the others under way too."""
    site.owing(MANY)
    parallel = write_config(
        site.config.parent,
        smtp_port=site.sink.port,
        dovecot=dovecot,
        connections=3,
        name="parallel.yaml",
    )
    rng = random.Random(20261102)
    for round_ in range(10):
        kill_at = (rng.randint(1, 3), rng.choice(list(Stage)))
        config = parallel if round_ % 2 else site.config
        code, err = site.run(3 * round_, kill_at=kill_at, config=config)
        assert code == -signal.SIGKILL, err  # enough customers left for every kill point
    assert {stage for stage, _ in site.killer.killed} == set(Stage)
    code, err = site.run(40)
    assert code == 0, err
    assert_each_delivered_once(site, dovecot)


def test_a_stale_copy_from_a_refused_attempt_is_no_proof_of_acceptance(
    site: Site, dovecot: PrivateDovecot
) -> None:
    site.killer.refuse_once.add(address("K1"))
    code, err = site.run(0)  # K1 refused for now (retried later); the others sent
    assert code == 0, err
    code, _ = site.run(10, kill_at=(1, Stage.RCPT))  # the retry is killed at RCPT
    assert code == -signal.SIGKILL
    code, err = site.run(20)
    assert code == 0, err
    assert_each_delivered_once(site, dovecot)


# -- a crash late on a Friday, a restart on the Saturday ------------------------------------

FRIDAY_LATE = 4 * 24 * 60 + 7 * 60 + 59  # minutes from T0 to Friday 2026-11-06 16:59 New York
SATURDAY = 5 * 24 * 60 + 1 * 60  # Saturday 10:00
MONDAY = 7 * 24 * 60  # Monday 2026-11-09 09:00


def test_a_reminder_interrupted_on_friday_evening_waits_for_monday(
    site: Site, dovecot: PrivateDovecot
) -> None:
    code, _ = site.run(FRIDAY_LATE, kill_at=(5, Stage.DATA))
    assert code == -signal.SIGKILL
    stuck = site.killed_item()
    on_friday = site.deliveries()

    code, err = site.run(SATURDAY)
    assert code == 0, err
    assert site.deliveries() == on_friday  # never on a weekend, not even a resend
    waiting = site.outbox()[stuck.customer_id]
    assert waiting.status is OutboxStatus.PENDING
    assert waiting.next_attempt_at == T0 + timedelta(minutes=MONDAY)  # when the window opens

    code, err = site.run(MONDAY)
    assert code == 0, err
    assert site.deliveries()[stuck.message_id] == 1
    assert_each_delivered_once(site, dovecot)


def test_reminders_left_pending_on_friday_evening_are_not_sent_on_saturday(
    site: Site, dovecot: PrivateDovecot
) -> None:
    code, _ = site.run(FRIDAY_LATE, kill_at=(1, Stage.RCPT))
    assert code == -signal.SIGKILL
    code, err = site.run(SATURDAY)
    assert code == 0, err
    assert site.deliveries() == Counter()
    code, err = site.run(MONDAY)
    assert code == 0, err
    assert_each_delivered_once(site, dovecot)
