"""When invitations go out (IMI §9.1.3.2): 10:00 in the coordinator's zone, business days,
the night; and how long a code lives (§3.1.2.1)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from tramita_registry.domain.sending import SendingRules, timezone_of

RULES = SendingRules()


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("country", "confirmed", "goes_out"),
    [
        # Lisbon in winter is UTC+0: 09:59 is before the cut-off, 10:00 is not.
        ("PT", utc(2026, 11, 23, 9, 59), utc(2026, 11, 23, 22, 0)),
        ("PT", utc(2026, 11, 23, 10, 0), utc(2026, 11, 24, 22, 0)),
        # Lisbon in summer is UTC+1: 09:30 UTC is 10:30 there, so the next day.
        ("PT", utc(2026, 7, 6, 8, 59), utc(2026, 7, 6, 21, 0)),
        ("PT", utc(2026, 7, 6, 9, 30), utc(2026, 7, 7, 21, 0)),
        # Berlin (UTC+1 in winter): 09:30 UTC is 10:30 local, already past.
        ("DE", utc(2026, 11, 23, 8, 59), utc(2026, 11, 23, 21, 0)),
        ("DE", utc(2026, 11, 23, 9, 30), utc(2026, 11, 24, 21, 0)),
        # Helsinki (UTC+2): 07:59 UTC is 09:59 local.
        ("FI", utc(2026, 11, 23, 7, 59), utc(2026, 11, 23, 20, 0)),
        # São Paulo (UTC-3): 12:59 UTC is 09:59 local; the night is 01:00 UTC next day.
        ("BR", utc(2026, 11, 23, 12, 59), utc(2026, 11, 24, 1, 0)),
        ("BR", utc(2026, 11, 23, 13, 0), utc(2026, 11, 25, 1, 0)),
        # Unknown countries use UTC.
        ("XX", utc(2026, 11, 23, 9, 0), utc(2026, 11, 23, 22, 0)),
    ],
)
def test_ten_o_clock_cut_off_in_the_coordinators_time_zone(country, confirmed, goes_out):
    assert RULES.send_at(country, confirmed) == goes_out


def test_after_ten_on_friday_goes_out_monday_night() -> None:
    friday = utc(2026, 11, 27, 10, 30)
    assert RULES.send_at("PT", friday) == utc(2026, 11, 30, 22, 0)
    assert RULES.send_at("PT", utc(2026, 11, 27, 9, 0)) == utc(2026, 11, 27, 22, 0)


def test_weekends_are_no_sending_nights() -> None:
    saturday_morning = utc(2026, 11, 28, 8, 0)
    sunday = utc(2026, 11, 29, 15, 0)
    assert RULES.send_at("PT", saturday_morning) == utc(2026, 11, 30, 22, 0)
    assert RULES.send_at("PT", sunday) == utc(2026, 11, 30, 22, 0)


def test_holidays_of_the_calendar_are_skipped_per_country() -> None:
    rules = SendingRules(holidays={"PT": frozenset({date(2026, 12, 8)})})
    monday_after_ten = utc(2026, 12, 7, 11, 0)
    assert rules.send_at("PT", monday_after_ten) == utc(2026, 12, 9, 22, 0)
    assert rules.send_at("PT", utc(2026, 12, 8, 9, 0)) == utc(2026, 12, 9, 22, 0)
    # Spain's coordinator is not concerned by Portugal's holiday.
    assert rules.send_at("ES", utc(2026, 12, 7, 11, 0)) == utc(2026, 12, 8, 21, 0)
    assert not rules.is_business_day("PT", date(2026, 12, 8))
    assert rules.next_business_day("PT", date(2026, 12, 4)) == date(2026, 12, 7)


def test_a_release_goes_out_that_night_or_at_once_when_night_has_come() -> None:
    assert RULES.release_send_at("PT", utc(2026, 11, 28, 15, 0)) == utc(2026, 11, 28, 22, 0)
    late = utc(2026, 11, 28, 23, 15)
    assert RULES.release_send_at("PT", late) == late


def test_immediate_sending_skips_the_night_but_not_the_day_count() -> None:
    rules = SendingRules(immediate=True)
    moment = utc(2026, 11, 23, 15, 0)
    assert rules.send_at("PT", moment) == moment
    assert rules.release_send_at("PT", moment) == moment
    assert rules.local_day("BR", utc(2026, 11, 24, 2, 0)) == date(2026, 11, 23)


def test_codes_live_thirty_days_and_the_reminder_comes_five_days_before() -> None:
    sent = utc(2026, 11, 23, 22, 0)
    expires = RULES.expires_at(sent)
    assert expires == sent + timedelta(days=30)
    assert RULES.reminder_at(expires) == sent + timedelta(days=25)
    assert RULES.expires_on("PT", expires) == date(2026, 12, 23)
    assert RULES.expires_on("FI", expires) == date(2026, 12, 24)


def test_every_member_state_has_a_zone() -> None:
    for country in ("PT", "ES", "FR", "DE", "IT", "PL", "RO", "SE", "IE", "CY", "BR"):
        assert timezone_of(country).key != "UTC"
