"""The Config model on its own: cadences, schedule, header safety, immutability, round trip."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from daemon.config.cadence import Cadence, Step
from daemon.config.collectors import CollectorFolders
from daemon.config.company import CompanyConfig
from daemon.config.schedule import HolidayCalendar, ScheduleConfig
from daemon.config.schema import Config
from daemon.config.servers import SmtpConfig

COMPANY = {"legal_name": "Example Widgets GmbH", "from_address": "Billing <ar@example.com>"}


def config(**sections: Any) -> Config:
    return Config.model_validate({"company": COMPANY, "smtp": {"host": "localhost"}, **sections})


def messages(error: pytest.ExceptionInfo[ValidationError]) -> str:
    return "\n".join(str(detail["msg"]) for detail in error.value.errors())


def steps(*offsets: str) -> list[dict[str, str]]:
    return [{"offset": offset, "template": f"t{i}"} for i, offset in enumerate(offsets)]


# --- cadences -------------------------------------------------------------------------------


def test_default_cadence() -> None:
    [(name, cadence)] = config().cadences.items()
    assert name == "default"
    assert [(s.name, s.offset.days) for s in cadence.steps] == [
        ("pre_due", -3),
        ("first", 1),
        ("second", 10),
        ("final", 25),
    ]
    assert cadence.steps[-1].repeat_every == timedelta(days=7)
    assert cadence.steps[-1].repeat_max == 3
    assert cadence.per_invoice is False


def test_first_overdue_step_within_30_days() -> None:
    Cadence.model_validate({"steps": steps("-3d", "+30d")})
    Cadence.model_validate({"steps": steps("-10d", "-3d")})  # reminders only before due: fine
    with pytest.raises(ValidationError) as caught:
        Cadence.model_validate({"steps": steps("-3d", "+60d", "+90d")})
    assert "start collecting at 30 days, not 60 or 90" in messages(caught)
    with pytest.raises(ValidationError, match="at most \\+30d"):
        Cadence.model_validate({"steps": steps("+5w")})


def test_offsets_strictly_increase() -> None:
    with pytest.raises(ValidationError, match="offsets must strictly increase"):
        Cadence.model_validate({"steps": steps("+1d", "+1d")})
    with pytest.raises(ValidationError, match="offsets must strictly increase"):
        Cadence.model_validate({"steps": steps("+10d", "+2d")})


def test_weeks_are_offsets_too() -> None:
    cadence = Cadence.model_validate({"steps": steps("-1w", "+2w")})
    assert [s.offset for s in cadence.steps] == [timedelta(days=-7), timedelta(days=14)]


def test_only_the_last_step_repeats() -> None:
    with pytest.raises(ValidationError, match="only the last step may repeat"):
        Cadence.model_validate(
            {"steps": [{"offset": "+1d", "template": "a", "repeat_every": "7d"}, *steps("+9d")]}
        )
    with pytest.raises(ValidationError, match="needs repeat_every"):
        Cadence.model_validate({"steps": [{"offset": "+1d", "template": "a", "repeat_max": 2}]})


def test_a_cadence_needs_steps_with_unique_names() -> None:
    with pytest.raises(ValidationError):
        Cadence.model_validate({"steps": []})
    with pytest.raises(ValidationError, match="already used"):
        Cadence.model_validate(
            {
                "steps": [{"offset": "+1d", "template": "a"}] * 1
                + [{"offset": "+2d", "template": "b", "name": "a"}]
            }
        )


def test_step_name_defaults_to_template() -> None:
    step = Step.model_validate({"offset": "+1d", "template": "first"})
    assert step.name == "first"
    assert Step.model_validate({"offset": "+1d", "template": "x", "name": "n"}).name == "n"


def test_assignments_must_name_existing_cadences() -> None:
    with pytest.raises(ValidationError, match='unknown cadence "gentel"'):
        config(assignments={"rules": [{"tags": ["vip"], "cadence": "gentel"}]})
    with pytest.raises(ValidationError, match="needs either customers or tags"):
        config(assignments={"rules": [{"tags": ["vip"], "customers": ["C1"], "cadence": "x"}]})


def test_cadence_names_are_plain_names() -> None:
    with pytest.raises(ValidationError, match="expected a name"):
        config(cadences={"two words": {"steps": steps("+1d")}})


# --- schedule -------------------------------------------------------------------------------


def test_timezone_must_be_iana() -> None:
    assert ScheduleConfig(timezone="Europe/Berlin").zone.key == "Europe/Berlin"
    with pytest.raises(ValidationError, match='did you mean "Europe/Berlin"'):
        ScheduleConfig(timezone="Europe/Berln")
    with pytest.raises(ValidationError, match="unknown time zone"):
        ScheduleConfig(timezone="../../etc/passwd")


def test_holiday_country_and_subdivision() -> None:
    assert HolidayCalendar(country="de", subdivision="BY").country == "DE"
    with pytest.raises(ValidationError, match='unknown holiday country "XX"'):
        HolidayCalendar(country="XX")
    with pytest.raises(ValidationError, match='unknown subdivision "ZZ" of DE'):
        HolidayCalendar(country="DE", subdivision="ZZ")
    with pytest.raises(ValidationError, match="needs a country"):
        HolidayCalendar(subdivision="BY")


def test_send_window_and_business_days() -> None:
    schedule = ScheduleConfig.model_validate({"business_days": ["fri", "mon"]})
    assert schedule.business_days == ("mon", "fri")
    with pytest.raises(ValidationError, match="must be later than start"):
        ScheduleConfig.model_validate({"send_window": {"start": "17:00", "end": "09:00"}})
    with pytest.raises(ValidationError, match="more than once"):
        ScheduleConfig.model_validate({"business_days": ["mon", "mon"]})
    with pytest.raises(ValidationError, match='time of day like "09:00"'):
        ScheduleConfig.model_validate({"send_window": {"start": "9am"}})
    with pytest.raises(ValidationError):
        ScheduleConfig.model_validate({"max_emails_per_contact_per_day": 0})


# --- header safety --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "company",
    [
        {"legal_name": "Example\r\nBcc: victim@example.org"},
        {"from_address": "Billing <ar@example.com>\nBcc: victim@example.org"},
        {"reply_to": "ar@example.com\r\nX-Evil: 1"},
        {"phone": "+49\n30"},
        {"email": "ar@example.com\nBcc: victim@example.org"},
        {"website": "https://example.com\r\nX-Evil: 1"},
    ],
)
def test_header_values_refuse_line_breaks(company: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="single line"):
        CompanyConfig.model_validate({**COMPANY, **company})


def test_line_breaks_refused_in_protocol_values() -> None:
    with pytest.raises(ValidationError, match="single line"):
        SmtpConfig(host="localhost", username="ar\r\nRSET")
    with pytest.raises(ValidationError, match="single line"):
        CollectorFolders(needs_action="AR\r\nA1 DELETE INBOX")
    with pytest.raises(ValidationError, match="single line"):
        config(collectors={"digest_recipients": ["a@example.com\nb@example.com"]})


def test_signature_and_payment_details_may_span_lines() -> None:
    company = CompanyConfig.model_validate(
        {
            **COMPANY,
            "signature": "Accounts Receivable\nExample Widgets",
            "payment_options": [{"label": "Bank transfer", "details": "IBAN DE89\nBIC COBA"}],
        }
    )
    assert "\n" in company.signature and "\n" in company.payment_options[0].details


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("ar@example.com", True),
        ("Billing <ar@example.com>", True),
        ('"Example, Inc." <ar@example.com>', True),
        ("<ar@example.com>", False),
        ("Billing ar@example.com", False),
        ("Billing <ar@example>>", False),
        ("ar@", False),
    ],
)
def test_from_address_is_an_rfc5322_mailbox(address: str, valid: bool) -> None:
    data = {**COMPANY, "from_address": address}
    if valid:
        assert CompanyConfig.model_validate(data).from_address == address
    else:
        with pytest.raises(ValidationError):
            CompanyConfig.model_validate(data)


# --- immutability ---------------------------------------------------------------------------


def test_config_is_frozen_all_the_way_down() -> None:
    loaded = config(collectors={"digest_recipients": ["a@example.com"]})
    with pytest.raises(ValidationError):
        loaded.smtp.port = 25  # type: ignore[misc]
    with pytest.raises(ValidationError):
        loaded.company = loaded.company  # type: ignore[misc]
    with pytest.raises(TypeError):
        loaded.cadences["other"] = loaded.cadences["default"]  # type: ignore[index]
    with pytest.raises(AttributeError):
        loaded.collectors.digest_recipients.append("b@example.com")  # type: ignore[attr-defined]


def test_round_trip_through_plain_data() -> None:
    loaded = config(schedule={"min_gap_between_steps": "2w"})
    dumped = loaded.model_dump(mode="json")
    assert dumped["schedule"]["min_gap_between_steps"] == "14d"
    assert dumped["cadences"]["default"]["steps"][0]["offset"] == "-3d"
    assert dumped["schedule"]["send_window"] == {"start": "09:00", "end": "17:00"}
    assert Config.model_validate(dumped) == loaded
