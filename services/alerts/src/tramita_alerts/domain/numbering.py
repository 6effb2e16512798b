"""Alert numbers: a sequence per year, given on the first save of a draft (guide §6.3.1.1).

The repository keeps the last number issued; this is the pure rule that follows it.
"""

import re
from dataclasses import dataclass

from tramita_alerts.domain.errors import InvalidField

PATTERN = re.compile(r"(\d{4})-(\d{6,})")


@dataclass(frozen=True, slots=True, order=True)
class AlertNumber:
    year: int
    sequence: int

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999 or self.sequence < 1:
            raise InvalidField("number", "year_and_sequence", f"{self.year}/{self.sequence}")

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.sequence:06d}"

    @classmethod
    def parse(cls, text: str) -> "AlertNumber":
        match = PATTERN.fullmatch(text)
        if not match:
            raise InvalidField("number", "format", f"{text!r} is not YYYY-NNNNNN")
        return cls(int(match.group(1)), int(match.group(2)))


def next_number(*, year: int, last: AlertNumber | None) -> AlertNumber:
    """The number after `last` in `year`: the sequence restarts at 1 with each new year."""
    if last is not None and last.year > year:
        raise InvalidField("year", "not_before_last", f"{year} is before {last.year}")
    if last is None or last.year != year:
        return AlertNumber(year, 1)
    return AlertNumber(year, last.sequence + 1)
