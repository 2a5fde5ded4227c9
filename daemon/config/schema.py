"""The `Config` root: every section of config.yaml, and the checks that span sections.

Each section lives in its own module; this one assembles them and adds the small ones (`state`,
`templates`, `logging`). `config.example.yaml` documents every key with its default, and a test
keeps the two in step. Building a `Config` never touches files or the environment: `load_config`
reads the YAML, `resolve_secret` reads passwords.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, Field, model_validator

from daemon.config.base import Section
from daemon.config.cadence import (
    Assignments,
    Cadence,
    cadence_references,
    check_cadence_names,
    default_cadences,
    unknown_cadences,
)
from daemon.config.collectors import CollectorsConfig
from daemon.config.company import CompanyConfig
from daemon.config.fields import ConfigPath, FrozenMap, Language, Loc, located
from daemon.config.ledger import LedgerConfig
from daemon.config.outbound import OutboundConfig
from daemon.config.replies import RepliesConfig
from daemon.config.schedule import ScheduleConfig
from daemon.config.servers import ImapConfig, MaildirConfig, SmtpConfig


class StateConfig(Section):
    # systemd's $STATE_DIRECTORY, when set, is applied by the shell and wins over this.
    directory: ConfigPath = Path("/var/lib/dunmail")


class TemplatesConfig(Section):
    directory: ConfigPath | None = None  # null: the templates shipped with dunmail
    default_language: Language = "en"  # used when a customer's language has no templates


class LoggingConfig(Section):
    level: Literal["debug", "info", "warning", "error"] = "info"
    format: Literal["text", "json"] = "text"  # json: one object per line, for log shippers


def inbound_problems(imap: object, maildir: object) -> list[tuple[Loc, str]]:
    if imap is not None and maildir is not None:
        return [(("maildir",), "use either imap or maildir for inbound mail, not both")]
    return []


Cadences = Annotated[FrozenMap[Cadence], AfterValidator(check_cadence_names)]


class Config(Section):
    company: CompanyConfig
    smtp: SmtpConfig
    imap: ImapConfig | None = None  # inbound over IMAP; or maildir; neither: replies not read
    maildir: MaildirConfig | None = None
    ledger: LedgerConfig = LedgerConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    cadences: Cadences = Field(default_factory=default_cadences)
    assignments: Assignments = Assignments()
    outbound: OutboundConfig = OutboundConfig()
    replies: RepliesConfig = RepliesConfig()
    collectors: CollectorsConfig = CollectorsConfig()
    state: StateConfig = StateConfig()
    templates: TemplatesConfig = TemplatesConfig()
    logging: LoggingConfig = LoggingConfig()

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = inbound_problems(self.imap, self.maildir)
        references = cadence_references(self.assignments)
        problems += [
            (("assignments", *loc), what)
            for loc, what in unknown_cadences(self.cadences, references)
        ]
        if problems:
            raise located(problems)
        return self

    @property
    def saves_to_sent(self) -> bool:
        """Whether a copy of each reminder is appended to the IMAP Sent folder.

        `smtp.save_to_sent` defaults to true, meaning "when there is an IMAP mailbox"; with a
        maildir or no inbound mail there is no Sent folder to append to.
        """
        return self.smtp.save_to_sent and self.imap is not None
