"""`dunmail demo` end to end: the real daemon, a real local SMTP server, Maildirs on disk.

The demo is README command #1, so it is run here as a user runs it (the installed command, in a
subprocess) on a fixed end date, and what it leaves behind is checked the way a collector would:
the mail the customers got, the AR mailbox's folders, the store, and the call list.
"""

from __future__ import annotations

import json
import mailbox
import shutil
from collections import Counter
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from test_cli import dunmail

from daemon.core.records import EventKind, FollowUpStatus, SequenceStatus
from daemon.shell.store import Store

UNTIL = "2026-11-23T17:00+0000"  # a Monday, noon in New York


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("demo") / "demo"
    ran = dunmail("demo", "--dir", str(root), "--until", UNTIL)
    assert ran.returncode == 0, ran.stderr
    return root, ran.stdout


def delivered(root: Path) -> list[mailbox.MaildirMessage]:
    return list(mailbox.Maildir(root / "mail" / "customers", create=False))


def test_it_tells_six_weeks_of_collections_and_where_the_mail_is(demo: tuple[Path, str]) -> None:
    root, told = demo
    assert "6 weeks" in told and "Call list for 2026-11-23" in told
    for handled in ("payment_sent", "promise_to_pay", "dispute", "auto_reply", "bounce"):
        assert f"handled as {handled}" in told, handled
    for step in ("pre_due reminder sent", "first reminder sent", "final reminder sent"):
        assert step in told
    assert "follow-up closed: kept" in told and "broken promise" in told
    assert str(root / "mail" / "customers") in told and str(root / "mail" / "ar") in told


def test_every_email_recorded_as_sent_is_in_the_customers_maildir_once(
    demo: tuple[Path, str],
) -> None:
    root, _ = demo
    with Store.open(root / "state", readonly=True) as store:
        history = store.history()
    sent = {str(e.data["message_id"]) for e in history if e.kind is EventKind.EMAIL_SENT}
    messages = delivered(root)
    ids = Counter(str(m["Message-ID"]) for m in messages)
    assert set(ids) == sent and set(ids.values()) == {1}  # never sent twice
    for message in messages:
        assert message["Delivered-To"] and message["Return-Path"]
    # Never more than one email a day to one person.
    days = Counter(
        (str(e.data["recipient"]), e.at.date()) for e in history if e.kind is EventKind.EMAIL_SENT
    )
    assert max(days.values()) == 1


def test_no_reminder_names_an_invoice_after_it_was_paid(demo: tuple[Path, str]) -> None:
    root, _ = demo
    with Store.open(root / "state", readonly=True) as store:
        history = store.history()
    closed = {e.invoice: e.at for e in history if e.kind is EventKind.INVOICE_CLOSED}
    assert {"INV-26-1105", "INV-26-1120", "INV-26-1180"} <= set(closed)
    for event in history:
        if event.kind is EventKind.EMAIL_SENT:
            for number in event.data["invoices"]:
                assert number not in closed or event.at < closed[number], (number, event.summary)


def test_replies_paused_deferred_and_stopped_their_customers(demo: tuple[Path, str]) -> None:
    root, _ = demo
    with Store.open(root / "state", readonly=True) as store:
        followups = {f.customer_id: f for f in store.followups().values()}
        muller = store.sequence("D2001")
        mesa = store.sequence("C1004")
        history = store.history()
    assert followups["C1002"].status is FollowUpStatus.KEPT  # paid on the promised day
    assert followups["D2003"].status is FollowUpStatus.KEPT  # "we paid", then the money came
    assert followups["D2005"].status is FollowUpStatus.SENT  # broken: followed up that day
    assert muller is not None and muller.disputed_invoices == ("INV-26-1040",)
    assert mesa is not None and mesa.undeliverable == ("tbegay@example.com",)
    assert mesa.status is SequenceStatus.PAUSED
    away = [e for e in history if e.customer_id == "C1003" and e.kind is EventKind.REPLY_HANDLED]
    assert "away until" in away[0].summary
    # The disputed invoice is never named again; the dispute reply went to a person.
    disputed_at = next(e.at for e in history if e.data.get("intent") == "dispute")
    assert not [
        e
        for e in history
        if e.kind is EventKind.EMAIL_SENT
        and e.at > disputed_at
        and "INV-26-1040" in e.data["invoices"]
    ]


def test_the_ar_mailbox_files_replies_for_the_collectors(demo: tuple[Path, str]) -> None:
    root, _ = demo
    ar = root / "mail" / "ar"
    parse = BytesParser(policy=policy.default)

    def subjects(folder: str) -> list[str]:
        box = mailbox.Maildir(ar / folder, factory=None, create=False)
        return [str(parse.parsebytes(box.get_bytes(key))["Subject"]) for key in box.iterkeys()]

    assert any("Undelivered" in s for s in subjects(".AR.Processed"))
    # Our own acceptance copies leave the inbox for Sent, one per email sent; nothing is left.
    with Store.open(root / "state", readonly=True) as store:
        sent = sum(e.kind is EventKind.EMAIL_SENT for e in store.history())
    assert len(subjects(".Sent")) == sent
    assert subjects("") == []
    assert len(subjects(".AR.Promises")) == 2
    assert subjects(".AR.Disputes") and subjects(".AR.Payments")


def test_the_collectors_commands_work_on_the_demos_state(demo: tuple[Path, str]) -> None:
    root, _ = demo
    listed = dunmail("worklist", "--config", str(root / "config.yaml"), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {row["customer"]: row for row in json.loads(listed.stdout)}
    reasons = {c: {why["reason"] for why in row["why"]} for c, row in rows.items()}
    assert "open dispute" in reasons["D2001"]
    assert "broken promise" in reasons["D2005"]
    assert "bounced contact needs a new address" in reasons["C1004"]
    assert "D2003" not in rows  # its payment claim was confirmed by the ledger


def test_a_directory_the_demo_did_not_make_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    ran = dunmail("demo", "--dir", str(tmp_path), "--until", UNTIL)
    assert ran.returncode == 2
    assert "not made by the demo" in ran.stderr and len(ran.stderr.strip().splitlines()) == 1
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_history_tells_one_customers_story_in_order(demo: tuple[Path, str]) -> None:
    root, _ = demo
    config = str(root / "config.yaml")
    shown = dunmail("history", "alpenblick", "--config", config, "--json")
    assert shown.returncode == 0, shown.stderr
    told = json.loads(shown.stdout)
    assert (told["customer"], told["name"]) == ("D2005", "Alpenblick Hotels GmbH")
    kinds = [event["kind"] for event in told["events"]]
    assert [e["at"] for e in told["events"]] == sorted(e["at"] for e in told["events"])
    # The reminder, the customer's promise (and how it was read), the follow-up on its day.
    first_sent = kinds.index("email_sent")
    promise = next(i for i, e in enumerate(told["events"]) if e["kind"] == "reply_handled")
    assert first_sent < promise
    assert told["events"][promise]["data"]["intent"] == "promise_to_pay"
    assert any("broken promise" in e["summary"] for e in told["events"][promise:])
    table = dunmail("history", "D2005", "--config", config)
    assert table.returncode == 0 and "History of Alpenblick Hotels GmbH" in table.stdout

    for query, says in (("gmbh", "matches 5 customers"), ("nobody", "no customer")):
        wrong = dunmail("history", query, "--config", config)
        assert wrong.returncode == 2 and says in wrong.stderr
        assert len(wrong.stderr.strip().splitlines()) == 1


def test_the_report_in_json_and_as_a_page_with_charts(demo: tuple[Path, str]) -> None:
    root, told = demo
    assert "Collections report" in told and (root / "report.html").is_file()
    page = root / "mine.html"
    config = str(root / "config.yaml")
    made = dunmail("report", "--config", config, "--days", "42", "--json", "--html", str(page))
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    assert set(report["aging"]) == {"EUR", "USD"}
    assert set(report["aging"]["USD"]) == {"current", "1-30", "31-60", "61-90", "90+"}
    assert set(report["dso_days"]) == {"EUR", "USD"} and set(report["cei_percent"]) == {
        "EUR",
        "USD",
    }
    assert report["promises"]["kept"] >= 1 and report["promises"]["broken"] >= 1
    assert report["intents"]["promise_to_pay"] == 2
    steps = {step["step"]: step for step in report["steps"]}
    assert (
        steps["first"]["sent"]
        == steps["first"]["paid"] + steps["first"]["replied"] + steps["first"]["nothing"]
    )
    html = page.read_text()
    assert html.count("<svg") >= 3 and "Müller &amp; Söhne GmbH" in html
    assert "<script" not in html


def test_the_call_script_for_a_customer_who_broke_a_promise(demo: tuple[Path, str]) -> None:
    root, _ = demo
    made = dunmail("call-script", "D2005", "--config", str(root / "config.yaml"), "--json")
    assert made.returncode == 0, made.stderr
    script = json.loads(made.stdout)
    assert script["slow_payer"] and "not kept" in script["why_slow"]
    assert script["invoices"] == ["INV-26-1170"]
    text = " ".join(line for section in script["sections"] for line in section["lines"])
    assert "why payment has not been made" in text and "check number" in text
    assert "Anna Gruber" in text


def test_the_collectors_get_one_digest_each_business_morning(demo: tuple[Path, str]) -> None:
    root, _ = demo
    box = mailbox.Maildir(root / "mail" / "collectors", create=False)
    parse = BytesParser(policy=policy.default)
    received = [parse.parsebytes(box.get_bytes(key)) for key in box.iterkeys()]
    digests = [m for m in received if str(m["Subject"]).startswith("Collections digest")]
    # The dispute was urgent (replies.dispute.notify): the collectors heard of it at once.
    (notice,) = [m for m in received if m not in digests]
    assert str(notice["Subject"]) == "Dispute from Müller & Söhne GmbH"
    subjects = sorted(str(m["Subject"]) for m in digests)
    days = [s.split()[2].rstrip(":") for s in subjects]
    assert len(days) == len(set(days)) >= 25  # six weeks of business days, never two a day
    assert all(m["Auto-Submitted"] == "auto-generated" for m in digests)
    with Store.open(root / "state", readonly=True) as store:
        sent = [e for e in store.history("") if e.kind is EventKind.DIGEST]
    assert sum(e.data["status"] == "sent" for e in sent) == len(digests)
    last = max(digests, key=lambda m: str(m["Subject"]))
    body = last.get_body(("plain",))
    assert body is not None and "TODAY'S CALL LIST" in body.get_content()


def test_the_collectors_commands_and_the_doctor_on_a_copy_of_its_state(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    root, _ = demo
    copy = tmp_path / "demo"
    shutil.copytree(root, copy)
    config = str(copy / "config.yaml")
    promised = (datetime.now(UTC) + timedelta(days=3)).date().isoformat()
    for args in (
        ("log-call", "D2005", "--outcome", "promise", "--date", promised, "--note", "Anna"),
        ("contact", "C1004", "t.begay@mesaverde.example", "--name", "Tom Begay"),
        ("resolve", "D2001", "INV-26-1040", "--note", "credit note issued"),
    ):
        ran = dunmail(*args, "--config", config)
        assert ran.returncode == 0, (args, ran.stderr)
    rows = {r["customer"]: r for r in json.loads(dunmail("worklist", "--config", config,
                                                          "--json").stdout)}  # fmt: skip
    assert "C1004" not in rows  # a new address: the bounce is dealt with
    assert "open dispute" not in {why["reason"] for why in rows.get("D2001", {"why": []})["why"]}
    # The demo's SMTP server is gone with the demo: the doctor says so, and only that.
    checked = dunmail("doctor", "--config", config)
    assert checked.returncode == 1
    failed = [line for line in checked.stdout.splitlines() if line.startswith("FAIL")]
    assert len(failed) == 1 and "SMTP connect" in failed[0]
