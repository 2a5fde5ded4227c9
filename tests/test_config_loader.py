"""load_config: every problem reported at its YAML line with its key path, in human words."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.errors import ConfigError, ExitCode, Problem

DATA = Path(__file__).parent / "data" / "config"

MINIMAL = """\
company:
  legal_name: Example Widgets GmbH
  from_address: Example Widgets Billing <ar@example.com>
smtp:
  host: localhost
"""


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.exit_code == ExitCode.INPUT
    return list(caught.value.problems)


def write(tmp_path: Path, text: str, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_config_gets_every_default() -> None:
    config = load_config(DATA / "minimal.yaml")
    assert isinstance(config, Config)
    assert config.smtp.port == 587
    assert config.smtp.tls == "starttls"
    assert config.imap is None and config.maildir is None
    assert [step.name for step in config.cadences["default"].steps] == [
        "pre_due",
        "first",
        "second",
        "final",
    ]
    assert config.saves_to_sent is False  # no IMAP mailbox to save into


def test_bad_config_lists_every_problem_at_its_line() -> None:
    assert [(p.where, p.what) for p in problems_of(DATA / "bad.yaml")] == [
        (
            "bad.yaml:4",
            'company.from_address: expected an address like "Acme Billing <ar@example.com>"',
        ),
        ("bad.yaml:7", "smtp.port: must be at most 65535"),
        ("bad.yaml:8", "smtp.tls: expected one of: starttls, implicit, none"),
        (
            "bad.yaml:9",
            'smtp.pasword_env: unknown key "pasword_env" (did you mean "password_env"?)',
        ),
        (
            "bad.yaml:12",
            "imap.idle_seconds: must be less than 1740: servers may drop an IDLE after 29 "
            "minutes (RFC 2177)",
        ),
        (
            "bad.yaml:14",
            'schedule.timezone: unknown time zone "Mars/Olympus_Mons": expected an IANA name '
            'like "Europe/Berlin"',
        ),
        ("bad.yaml:16", 'schedule.holidays.country: unknown holiday country "XX"'),
        ("bad.yaml:24", 'cadences.default.steps[2].offset: expected a duration like "+10d"'),
        (
            "bad.yaml:28",
            "collectors.keywords.processed: expected an IMAP keyword (RFC 3501 atom) like "
            '"$AR-Processed": ASCII, no spaces, no ( ) { % * " ] or backslash',
        ),
        ("bad.yaml:30", "logging.level: expected one of: debug, info, warning, error"),
    ]


def test_messages_never_carry_pydantic_boilerplate() -> None:
    for problem in problems_of(DATA / "bad.yaml"):
        assert "Value error" not in problem.what
        assert "http" not in problem.what
        assert "Input should" not in problem.what


def test_unknown_key_suggests_the_closest_one(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "  pasword: x\nsmtpp: {}\n")
    whats = [p.what for p in problems_of(path)]
    assert 'smtp.pasword: unknown key "pasword" (did you mean "password_env"?)' in whats
    assert 'smtpp: unknown key "smtpp" (did you mean "smtp"?)' in whats


def test_duplicate_key_is_an_error() -> None:
    assert problems_of(DATA / "duplicate.yaml") == [
        Problem("duplicate.yaml:7", "smtp.port: duplicate key (first defined on line 6)")
    ]


def test_yaml_syntax_error_gives_its_line() -> None:
    [problem] = problems_of(DATA / "syntax.yaml")
    assert problem.where == "syntax.yaml:6"
    assert problem.what.startswith("invalid YAML: ")


def test_unsafe_yaml_tags_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "logging: !!python/object:os.system {}\n")
    [problem] = problems_of(path)
    assert problem.where == "config.yaml:6"
    assert "invalid YAML" in problem.what


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    [problem] = problems_of(path)
    assert problem.where == str(path)
    assert "cannot read the config file" in problem.what


def test_directory_instead_of_file(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path)
    assert problem.where == str(tmp_path)


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "~\n"])
def test_empty_file_is_a_clear_error(tmp_path: Path, text: str) -> None:
    [problem] = problems_of(write(tmp_path, text))
    assert problem.where == "config.yaml:1"
    assert "the file is empty" in problem.what


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    [problem] = problems_of(write(tmp_path, "- company\n- smtp\n"))
    assert "expected a mapping of sections" in problem.what


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_bytes(b"company:\n  legal_name: \xff\n")
    [problem] = problems_of(path)
    assert "not UTF-8" in problem.what


def test_missing_required_keys_point_at_their_parent(tmp_path: Path) -> None:
    path = write(tmp_path, "company:\n  legal_name: Example\nlogging:\n  level: info\n")
    assert problems_of(path) == [
        Problem("config.yaml:1", "company.from_address: required, but missing"),
        Problem("config.yaml:1", "smtp: required, but missing"),
    ]


def test_wrong_shapes_read_like_english(tmp_path: Path) -> None:
    text = MINIMAL + "  port: [587]\nschedule:\n  business_days: mon\n  min_balance: lots\n"
    assert [p.what for p in problems_of(write(tmp_path, text))] == [
        "smtp.port: expected a whole number",
        "schedule.business_days: expected a list",
        "schedule.min_balance: expected a number like 12.50",
    ]


def test_number_where_text_is_expected_says_to_quote_it(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "  username: 12345\n")
    assert problems_of(path) == [
        Problem(
            "config.yaml:6",
            "smtp.username: expected text (YAML read a number here: put the value in quotes)",
        )
    ]


def test_yaml_12_scalars_no_norway_problem_and_no_base_60(tmp_path: Path) -> None:
    text = MINIMAL + (
        "schedule:\n  send_window: {start: 9:30, end: 17:00}\n"
        "  holidays: {country: NO}\ncollectors:\n  digest_time: 07:45\n"
    )
    config = load_config(write(tmp_path, text))
    assert config.schedule.holidays.country == "NO"
    assert str(config.schedule.send_window.end) == "17:00:00"
    assert str(config.schedule.send_window.start) == "09:30:00"
    assert str(config.collectors.digest_time) == "07:45:00"


def test_relative_paths_resolve_against_the_config_directory(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    text = MINIMAL + (
        "  username: ar\n  password_file: secrets/smtp\n"
        "ledger: {path: data/ledger.csv, contacts_path: /srv/contacts.csv}\n"
        "state: {directory: state}\ntemplates: {directory: ../templates}\n"
        "maildir: {path: Maildir}\n"
    )
    config = load_config(write(tmp_path / "etc", text))
    base = (tmp_path / "etc").absolute()
    assert config.ledger.path == base / "data/ledger.csv"
    assert config.ledger.contacts_path == Path("/srv/contacts.csv")
    assert config.state.directory == base / "state"
    assert config.templates.directory == base / "../templates"
    assert config.maildir is not None and config.maildir.path == base / "Maildir"
    assert config.smtp.password_file == base / "secrets/smtp"


def test_default_state_directory_is_not_marked_as_set() -> None:
    # daemon.locations lets $STATE_DIRECTORY win when the config does not set the directory.
    config = load_config(DATA / "minimal.yaml")
    assert config.state.directory == Path("/var/lib/dunmail")
    assert "directory" not in config.state.model_fields_set


def test_cadence_rules_and_cross_references_are_reported_together() -> None:
    assert [(p.where, p.what) for p in problems_of(DATA / "etiquette.yaml")] == [
        (
            "etiquette.yaml:11",
            "cadences.late.steps[1].offset: the first reminder after the due date is at +60d; "
            "it must be at most +30d: start collecting at 30 days, not 60 or 90",
        ),
        (
            "etiquette.yaml:17",
            "cadences.backwards.steps[0].repeat_every: only the last step may repeat",
        ),
        (
            "etiquette.yaml:18",
            "cadences.backwards.steps[1].offset: must be later than the previous step's +10d "
            "(offsets must strictly increase)",
        ),
        (
            "etiquette.yaml:21",
            'assignments.default_cadence: unknown cadence "default" (defined: late, backwards)',
        ),
        (
            "etiquette.yaml:26",
            'assignments.rules[1].cadence: unknown cadence "latte" (did you mean "late"?)',
        ),
    ]


def test_section_wide_checks_point_at_the_exact_key(tmp_path: Path) -> None:
    text = MINIMAL + (
        "  tls: none\n  host: mail.example.com\n"  # duplicate host reported too
        "imap:\n  host: localhost\nmaildir:\n  path: Maildir\n"
    )
    wheres = {p.what.split(":")[0]: p.where for p in problems_of(write(tmp_path, text))}
    assert wheres == {
        "smtp.host": "config.yaml:7",
        "smtp.tls": "config.yaml:6",
        "maildir": "config.yaml:10",
    }


def test_error_summary_counts_problems() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(DATA / "bad.yaml")
    lines = caught.value.lines()
    assert lines[0].endswith("invalid configuration (10 problems)")
    assert lines[1] == (
        'bad.yaml:4: company.from_address: expected an address like "Acme Billing <ar@example.com>"'
    )


def test_anchors_and_merge_keys_are_located(tmp_path: Path) -> None:
    text = MINIMAL + (
        "imap: &server\n  host: localhost\n  port: 1993\n"
        "cadences:\n  default:\n    steps:\n      - &step {offset: '+1d', template: first}\n"
        "      - <<: *step\n        template: second\n        offset: '+1d'\n"
    )
    [problem] = problems_of(write(tmp_path, text))
    assert problem.where == "config.yaml:15"
    assert problem.what.startswith("cadences.default.steps[1].offset: must be later")


def test_impossible_dates_are_reported_not_crashed_on(tmp_path: Path) -> None:
    text = MINIMAL + "schedule:\n  holidays:\n    extra_dates: [2026-12-24, 2026-02-30]\n"
    config_problems = problems_of(write(tmp_path, text))
    assert config_problems == [
        Problem(
            "config.yaml:8", "schedule.holidays.extra_dates[1]: expected a date like 2025-12-24"
        )
    ]


def test_choices_that_are_punctuation_are_quoted(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "ledger:\n  delimiter: ':'\n")
    assert problems_of(path) == [
        Problem("config.yaml:7", 'ledger.delimiter: expected one of: ",", ";", "\\t", "|", auto')
    ]


def test_keys_must_be_text(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "cadences:\n  1:\n    steps: [{offset: +1d, template: a}]\n")
    assert [(p.where, p.what) for p in problems_of(path)] == [
        ("config.yaml:1", 'assignments.default_cadence: unknown cadence "default" (defined: 1)'),
        (
            "config.yaml:7",
            "cadences.1: expected text (YAML read a number here: put the value in quotes)",
        ),
    ]


def test_control_characters_are_a_yaml_error_with_a_line(tmp_path: Path) -> None:
    [problem] = problems_of(write(tmp_path, MINIMAL + "logging:\n  level: \x07\n"))
    assert problem.where == "config.yaml:7"
    assert problem.what.startswith("invalid YAML")
