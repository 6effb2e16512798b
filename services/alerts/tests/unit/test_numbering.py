"""Alert numbers: a year-based sequence given on the first save (PRODUCT §12)."""

import pytest
from tramita_alerts.domain.errors import InvalidField
from tramita_alerts.domain.numbering import AlertNumber, next_number


def test_the_first_alert_of_the_platform_is_number_one_of_its_year() -> None:
    assert next_number(year=2025, last=None) == AlertNumber(2025, 1)


def test_numbers_follow_on_within_a_year() -> None:
    assert next_number(year=2025, last=AlertNumber(2025, 41)) == AlertNumber(2025, 42)


def test_the_sequence_restarts_with_each_new_year() -> None:
    assert next_number(year=2026, last=AlertNumber(2025, 987)) == AlertNumber(2026, 1)


def test_a_year_before_the_last_number_is_refused() -> None:
    with pytest.raises(InvalidField) as refused:
        next_number(year=2024, last=AlertNumber(2025, 3))
    assert refused.value.rule == "not_before_last"


def test_numbers_print_and_parse_and_sort() -> None:
    number = AlertNumber(2025, 42)
    assert str(number) == "2025-000042"
    assert AlertNumber.parse("2025-000042") == number
    assert AlertNumber.parse("2025-1234567") == AlertNumber(2025, 1234567)
    assert AlertNumber(2024, 900) < AlertNumber(2025, 1) < AlertNumber(2025, 2)


@pytest.mark.parametrize("text", ["25-000001", "2025/000001", "2025-0001", ""])
def test_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(InvalidField):
        AlertNumber.parse(text)


def test_a_sequence_starts_at_one() -> None:
    with pytest.raises(InvalidField):
        AlertNumber(2025, 0)


def test_the_number_is_given_on_the_first_save(world) -> None:
    alert = world.draft()
    assert str(alert.number) == "2025-000001"
    assert alert.events[0].number == "2025-000001"
