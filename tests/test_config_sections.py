"""Config sections on their own: mail servers, collectors' folders and keywords, reply policies."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from pydantic import ValidationError

from daemon.config.collectors import CollectorFolders, CollectorKeywords, FolderKey, KeywordKey
from daemon.config.replies import RepliesConfig, ReplyPolicy
from daemon.config.schema import Config
from daemon.config.servers import ImapConfig, SmtpConfig

COMPANY = {"legal_name": "Example Widgets GmbH", "from_address": "Billing <ar@example.com>"}


def config(**sections: Any) -> Config:
    return Config.model_validate({"company": COMPANY, "smtp": {"host": "localhost"}, **sections})


# --- servers --------------------------------------------------------------------------------


@pytest.mark.parametrize(("tls", "port"), [("starttls", 587), ("implicit", 465), ("none", 25)])
def test_smtp_port_follows_tls(tls: str, port: int) -> None:
    assert SmtpConfig.model_validate({"host": "localhost", "tls": tls}).port == port
    assert SmtpConfig.model_validate({"host": "localhost", "tls": tls, "port": 2525}).port == 2525


def test_imap_defaults() -> None:
    imap = ImapConfig(host="localhost")
    assert (imap.port, imap.tls, imap.idle_seconds, imap.poll_seconds) == (
        993,
        "implicit",
        1500,
        60,
    )
    assert imap.folders.inbox == "INBOX" and imap.folders.sent is None
    with pytest.raises(ValidationError, match="RFC 2177"):
        ImapConfig(host="localhost", idle_seconds=1740)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1", "[::1]"])
def test_clear_text_only_to_this_machine(host: str) -> None:
    assert SmtpConfig.model_validate({"host": host, "tls": "none"}).tls == "none"
    assert ImapConfig.model_validate({"host": host, "tls": "none"}).port == 143


def test_clear_text_elsewhere_needs_allow_insecure() -> None:
    with pytest.raises(ValidationError, match="clear text"):
        SmtpConfig.model_validate({"host": "mail.example.com", "tls": "none"})
    with pytest.raises(ValidationError, match="clear text"):
        ImapConfig.model_validate({"host": "mail.example.com", "tls": "none"})
    allowed = {"host": "mail.example.com", "tls": "none", "allow_insecure": True}
    assert SmtpConfig.model_validate(allowed).allow_insecure


def test_imap_and_maildir_are_exclusive() -> None:
    with pytest.raises(ValidationError, match="not both"):
        config(imap={"host": "localhost"}, maildir={"path": "Maildir"})
    assert config(maildir={"path": "Maildir"}).imap is None
    assert config().imap is None  # inbound disabled


def test_save_to_sent_needs_an_imap_mailbox() -> None:
    assert config(imap={"host": "localhost"}).saves_to_sent
    assert not config(maildir={"path": "Maildir"}).saves_to_sent
    no_copy = {"host": "localhost", "save_to_sent": False}
    assert not config(imap={"host": "localhost"}, smtp=no_copy).saves_to_sent


# --- collectors and replies -----------------------------------------------------------------


@pytest.mark.parametrize(
    "keyword",
    ["$AR Processed", "\\Seen", "(x)", "a*", "50%", 'say"', "a]", "{3}", "Ümlaut", "a\x01"],
)
def test_keywords_are_rfc3501_atoms(keyword: str) -> None:
    with pytest.raises(ValidationError, match="RFC 3501 atom"):
        CollectorKeywords(processed=keyword)


def test_keywords_are_distinct() -> None:
    with pytest.raises(ValidationError, match="same keyword as processed"):
        CollectorKeywords(dispute="$ar-processed")


def test_folder_and_keyword_keys_match_the_collectors_sections() -> None:
    assert set(get_args(FolderKey)) == set(CollectorFolders.model_fields)
    assert set(get_args(KeywordKey)) == set(CollectorKeywords.model_fields)


def test_reply_defaults() -> None:
    replies = RepliesConfig()
    assert (replies.payment_sent.action, replies.payment_sent.pause_business_days) == ("pause", 5)
    assert replies.payment_sent.flag and replies.payment_sent.verify_after_business_days == 5
    assert replies.promise_to_pay.action == "pause"
    assert (replies.dispute.action, replies.dispute.folder) == ("stop_invoices", "disputes")
    assert replies.dispute.flag
    assert replies.payment_plan.action == "pause" and replies.payment_plan.flag
    assert replies.invoice_request.pause_business_days == 5
    assert replies.invoice_request.attach_invoice_pdf is False
    assert replies.wrong_contact.flag and replies.wrong_contact.auto_switch_contact is False
    # The address that asked is always taken off; the customer's other contacts stay reminded.
    assert replies.unsubscribe.action == "none" and replies.unsubscribe.flag
    assert replies.auto_reply.action == "defer"
    assert replies.bounce.hard_action == "stop_contact" and replies.bounce.soft_retry_limit == 3
    assert (replies.bounce.action, replies.bounce.pause_business_days) == ("pause", None)
    other = replies.other
    assert (other.action, other.pause_business_days, other.flag) == ("pause", 3, True)
    assert replies.unmatched == "leave" and replies.trusted_authserv_ids == ()
    assert set(RepliesConfig.model_fields) == {
        "unmatched", "trusted_authserv_ids",
        "payment_sent", "promise_to_pay", "dispute", "payment_plan", "invoice_request",
        "wrong_contact", "unsubscribe", "auto_reply", "bounce", "other",
    }  # fmt: skip


def test_reply_policy_rules() -> None:
    with pytest.raises(ValidationError, match="only applies when action is pause or defer"):
        ReplyPolicy(action="stop", pause_business_days=3)
    with pytest.raises(ValidationError):
        ReplyPolicy.model_validate({"min_confidence": 1.5})
    with pytest.raises(ValidationError):
        ReplyPolicy.model_validate({"folder": "spam"})
