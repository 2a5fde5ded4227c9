"""The Maildir inbox adapter on a temp Maildir++ tree laid out as Dovecot's LDA leaves it.

Each test checks one behaviour: new messages in delivery order without touching them (no \\Seen,
no new/ -> cur/), `skip_keyword`, truncation of big messages, UIDs stable across flag changes and
a mail client's new/ -> cur/ move, filing (flags as `:2,` letters, keywords in `dovecot-keywords`,
moves into created and subscribed `.AR.Disputes` folders), idempotent re-filing, a re-created
folder's new UIDVALIDITY, the uidlist written atomically, and `wait` waking up on a new file.
"""

from __future__ import annotations

import shutil
import threading
import time
from email import policy
from email.message import EmailMessage
from itertools import count
from pathlib import Path

import pytest
from inbox_helpers import fetch, subjects

from daemon.shell.imap_connection import MailboxError
from daemon.shell.inbox import Batch, Filing
from daemon.shell.maildir_inbox import MaildirInbox

PROCESSED = "$AR-Processed"
_deliveries = count(1)


def reply(number: int, *, body: str = "I paid invoice INV-1042 yesterday.\n") -> bytes:
    message = EmailMessage()
    message["From"] = "customer@example.test"
    message["Subject"] = f"Re: Reminder {number}"
    message["Message-ID"] = f"<reply-{number}@example.test>"
    message.set_content(body)
    return message.as_bytes(policy=policy.default)  # LF line ends, as Dovecot stores them


def deliver(folder: Path, raw: bytes) -> Path:
    """As an MDA does: write into tmp/, then link into new/ (Maildir delivery)."""
    name = f"{1_800_000_000 + next(_deliveries)}.M1P1.test,S={len(raw)}"
    temp = folder / "tmp" / name
    temp.write_bytes(raw)
    target = folder / "new" / name
    temp.rename(target)
    return target


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    root = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    return root


@pytest.fixture
def inbox(maildir: Path) -> MaildirInbox:
    box = MaildirInbox(maildir, poll_seconds=0.1)
    box.connect()
    return box


def files(folder: Path, sub: str) -> list[str]:
    return sorted(entry.name for entry in (folder / sub).iterdir())


# -- fetching ----------------------------------------------------------------------------------


def test_fetch_new_returns_delivered_mail_in_order_and_touches_nothing(
    inbox: MaildirInbox, maildir: Path
) -> None:
    raws = [reply(number) for number in (1, 2, 3)]
    for raw in raws:
        deliver(maildir, raw)
    before = files(maildir, "new")

    batch = fetch(inbox)

    assert [message.uid for message in batch.messages] == [1, 2, 3]
    assert subjects(batch) == ["Re: Reminder 1", "Re: Reminder 2", "Re: Reminder 3"]
    assert [message.raw for message in batch.messages] == raws
    first = batch.messages[0]
    assert (first.size, first.truncated, first.flags) == (len(raws[0]), False, frozenset())
    assert first.internal_date is not None and first.internal_date.tzinfo is not None
    assert files(maildir, "new") == before and files(maildir, "cur") == []


def test_fetch_new_continues_after_uid_in_batches_of_limit(
    inbox: MaildirInbox, maildir: Path
) -> None:
    for number in range(1, 6):
        deliver(maildir, reply(number))

    first = fetch(inbox, limit=2)
    second = fetch(inbox, after_uid=2, uidvalidity=first.uidvalidity, limit=2)
    rest = fetch(inbox, after_uid=4, uidvalidity=first.uidvalidity, limit=2)
    nothing = fetch(inbox, after_uid=5, uidvalidity=first.uidvalidity)

    assert [m.uid for m in first.messages] == [1, 2] and first.more
    assert [m.uid for m in second.messages] == [3, 4] and second.more
    assert [m.uid for m in rest.messages] == [5] and not rest.more
    assert nothing.messages == () and not nothing.more


def test_uids_survive_a_restart_and_a_clients_move_to_cur(maildir: Path) -> None:
    for number in (1, 2):
        deliver(maildir, reply(number))
    first = fetch(MaildirInbox(maildir))
    # A mail client reads message 2: new/ -> cur/ with \Seen.
    name = files(maildir, "new")[1]
    (maildir / "new" / name).rename(maildir / "cur" / f"{name}:2,S")
    deliver(maildir, reply(3))

    again = fetch(MaildirInbox(maildir))  # a fresh process reads the uidlist

    assert again.uidvalidity == first.uidvalidity
    assert [(m.uid, m.flags) for m in again.messages] == [
        (1, frozenset()),
        (2, frozenset({"\\Seen"})),
        (3, frozenset()),
    ]


def test_fetch_new_leaves_out_messages_with_the_skip_keyword(
    inbox: MaildirInbox, maildir: Path
) -> None:
    for number in (1, 2, 3):
        deliver(maildir, reply(number))
    batch = fetch(inbox)
    inbox.file("INBOX", batch.uidvalidity, [Filing(2, add_flags=(PROCESSED,))])

    skipped = fetch(inbox, skip_keyword=PROCESSED)
    everything = fetch(inbox)

    assert [message.uid for message in skipped.messages] == [1, 3]
    assert everything.messages[1].flags == frozenset({PROCESSED})


def test_a_message_above_the_cap_comes_back_truncated_with_its_header(
    inbox: MaildirInbox, maildir: Path
) -> None:
    big = reply(1, body="overdue statement line\n" * 40_000)
    deliver(maildir, big)

    (large,) = fetch(inbox, max_bytes=100_000).messages

    head, _blank, body = big.partition(b"\n\n")
    assert large.truncated and large.size == len(big)
    assert large.raw == big[: len(head) + 2 + 262_144]
    assert body.startswith(large.raw[len(head) + 2 :])


def test_a_missing_folder_gives_an_empty_batch(inbox: MaildirInbox) -> None:
    assert fetch(inbox, "AR/Resume") == Batch("AR/Resume", 0, (), more=False)


def test_folder_names_with_a_dot_are_refused(inbox: MaildirInbox) -> None:
    with pytest.raises(MailboxError, match="separates Maildir"):
        fetch(inbox, "AR/v1.2")


def test_a_recreated_folder_has_a_new_uidvalidity(inbox: MaildirInbox, maildir: Path) -> None:
    deliver(maildir, reply(1))
    batch = fetch(inbox)
    inbox.file("INBOX", batch.uidvalidity, [Filing(1, move_to="AR/Resume")])
    before = fetch(inbox, "AR/Resume")
    shutil.rmtree(maildir / ".AR.Resume")
    deliver(maildir, reply(2))
    inbox.file("INBOX", batch.uidvalidity, [Filing(2, move_to="AR/Resume")])

    after = fetch(inbox, "AR/Resume", after_uid=1, uidvalidity=before.uidvalidity)

    assert after.uidvalidity not in (0, before.uidvalidity)
    assert subjects(after) == ["Re: Reminder 2"]


# -- filing ------------------------------------------------------------------------------------


def test_file_flags_and_moves_like_dovecot(inbox: MaildirInbox, maildir: Path) -> None:
    for number in range(1, 5):
        deliver(maildir, reply(number))
    batch = fetch(inbox)
    filings = [
        Filing(1, add_flags=(PROCESSED,)),
        Filing(2, add_flags=(PROCESSED, "\\Flagged"), move_to="AR/Disputes"),
        Filing(3, move_to="AR/Needs action"),
    ]

    inbox.file("INBOX", batch.uidvalidity, filings)
    inbox.file("INBOX", batch.uidvalidity, filings)  # after a crash: harmless

    # Message 1 got its keyword letter and went to cur/ (flags live in the name); 4 is untouched.
    assert [name.partition(":2,")[2] for name in files(maildir, "cur")] == ["a"]
    assert len(files(maildir, "new")) == 1
    assert (maildir / "dovecot-keywords").read_text() == f"0 {PROCESSED}\n"
    disputes = maildir / ".AR.Disputes"
    assert (disputes / "maildirfolder").exists()
    assert [name.partition(":2,")[2] for name in files(disputes, "cur")] == ["Fa"]
    assert (disputes / "dovecot-keywords").read_text() == f"0 {PROCESSED}\n"
    assert len(files(maildir / ".AR.Needs action", "cur")) == 1
    assert (maildir / "subscriptions").read_text() == "V\t2\n\nAR\tDisputes\nAR\tNeeds action\n"

    again = fetch(inbox, after_uid=0, uidvalidity=batch.uidvalidity)
    assert [(m.uid, m.flags) for m in again.messages] == [
        (1, frozenset({PROCESSED})),  # same UID after the flag change
        (4, frozenset()),
    ]
    moved = fetch(inbox, "AR/Disputes")
    assert [(m.uid, m.flags) for m in moved.messages] == [(1, frozenset({PROCESSED, "\\Flagged"}))]


def test_keywords_already_known_to_dovecot_keep_their_letters(
    inbox: MaildirInbox, maildir: Path
) -> None:
    (maildir / "dovecot-keywords").write_text("0 $Junk\n2 $AR-Dispute\n")
    deliver(maildir, reply(1))
    batch = fetch(inbox)

    inbox.file("INBOX", batch.uidvalidity, [Filing(1, add_flags=("$AR-Dispute", PROCESSED))])

    keywords = (maildir / "dovecot-keywords").read_text()
    assert keywords == f"0 $Junk\n1 {PROCESSED}\n2 $AR-Dispute\n"
    assert files(maildir, "cur")[0].endswith(":2,bc")


def test_file_with_a_stale_uidvalidity_does_nothing(inbox: MaildirInbox, maildir: Path) -> None:
    deliver(maildir, reply(1))
    batch = fetch(inbox)

    inbox.file("INBOX", batch.uidvalidity + 1, [Filing(1, ("\\Flagged",), "AR/Disputes")])

    assert len(files(maildir, "new")) == 1
    assert not (maildir / ".AR.Disputes").exists()


def test_the_uidlist_is_replaced_whole(inbox: MaildirInbox, maildir: Path) -> None:
    for number in (1, 2):
        deliver(maildir, reply(number))
    batch = fetch(inbox)
    inode = (maildir / "dunmail-uidlist").stat().st_ino
    deliver(maildir, reply(3))

    fetch(inbox)

    lines = (maildir / "dunmail-uidlist").read_text().splitlines()
    assert lines[0] == f"{batch.uidvalidity} 4"
    assert [line.split(" ", 1)[0] for line in lines[1:]] == ["1", "2", "3"]
    assert (maildir / "dunmail-uidlist").stat().st_ino != inode  # renamed over, not rewritten
    assert not (maildir / "dunmail-uidlist.tmp").exists()


# -- waiting -----------------------------------------------------------------------------------


def test_wait_wakes_up_on_a_new_file(inbox: MaildirInbox, maildir: Path) -> None:
    fetch(inbox)
    threading.Timer(0.5, deliver, (maildir, reply(1))).start()

    started = time.monotonic()
    inbox.wait("INBOX", timeout=20, stop=threading.Event())

    assert time.monotonic() - started < 10
    assert [message.uid for message in fetch(inbox).messages] == [1]


def test_wait_returns_at_once_for_mail_that_came_before_it(
    inbox: MaildirInbox, maildir: Path
) -> None:
    fetch(inbox)
    deliver(maildir, reply(1))

    started = time.monotonic()
    inbox.wait("INBOX", timeout=20, stop=threading.Event())

    assert time.monotonic() - started < 5


def test_wait_returns_when_stop_is_set_or_at_the_timeout(inbox: MaildirInbox) -> None:
    fetch(inbox)
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()

    started = time.monotonic()
    inbox.wait("INBOX", timeout=20, stop=stop)
    stopped = time.monotonic() - started
    inbox.wait("INBOX", timeout=0.5, stop=threading.Event())
    timed_out = time.monotonic() - started - stopped

    assert stopped < 5
    assert 0.4 < timed_out < 5


def test_not_a_maildir_is_a_mailbox_error(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match="not a Maildir"):
        MaildirInbox(tmp_path / "nothing").connect()
