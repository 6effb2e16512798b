"""When invitations go out and how long their codes live (IMI guide §9.1.3.2, §3.1.2.1).

- Confirmed before 10:00 on a business day: out the night of that day; otherwise out the
  night of the next business day ("after 10:00 on a Friday: Monday night"). Sending nights
  are business days only, so a confirmation on a Saturday morning also waits for Monday.
- 10:00, the night and business days are the inviting coordinator's: its country's time
  zone, Monday to Friday less the country's holidays from the configured calendar (an
  empty calendar, the default, treats every weekday as a business day).
- More than `daily_limit` (100) confirmations by one coordinator entity in one local
  calendar day block that day (§9.1.3.3; see `InvitationDay`); a platform administrator's
  release sends them "that night": tonight at the sending hour, or at once when the night
  has begun.
- A code is valid 30 days from when it goes out; a reminder goes 5 days before the end.
- `immediate` (the local profile's default) sends at confirmation time instead of at
  night, so a developer sees the e-mail at once; counting and blocking still apply.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

CUTOFF = time(10, 0)
NIGHT = time(22, 0)
DAILY_LIMIT = 100
VALIDITY = timedelta(days=30)
REMINDER_BEFORE = timedelta(days=5)

# One zone per country (the capital's); countries spanning several zones use the one
# where their national coordinator sits. Unknown countries fall back to UTC.
COUNTRY_TIMEZONES: Mapping[str, str] = {
    "AT": "Europe/Vienna",
    "BE": "Europe/Brussels",
    "BG": "Europe/Sofia",
    "BR": "America/Sao_Paulo",
    "CH": "Europe/Zurich",
    "CY": "Asia/Nicosia",
    "CZ": "Europe/Prague",
    "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn",
    "ES": "Europe/Madrid",
    "FI": "Europe/Helsinki",
    "FR": "Europe/Paris",
    "GR": "Europe/Athens",
    "HR": "Europe/Zagreb",
    "HU": "Europe/Budapest",
    "IE": "Europe/Dublin",
    "IS": "Atlantic/Reykjavik",
    "IT": "Europe/Rome",
    "LI": "Europe/Vaduz",
    "LT": "Europe/Vilnius",
    "LU": "Europe/Luxembourg",
    "LV": "Europe/Riga",
    "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam",
    "NO": "Europe/Oslo",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest",
    "SE": "Europe/Stockholm",
    "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
}
SATURDAY = 5


def timezone_of(country: str) -> ZoneInfo:
    return ZoneInfo(COUNTRY_TIMEZONES.get(country.upper(), "UTC"))


@dataclass(frozen=True, slots=True)
class SendingRules:
    daily_limit: int = DAILY_LIMIT
    validity: timedelta = VALIDITY
    reminder_before: timedelta = REMINDER_BEFORE
    immediate: bool = False
    # Country -> its public holidays (no sending night, no business day).
    holidays: Mapping[str, frozenset[date]] = field(default_factory=dict)

    def local_day(self, country: str, moment: datetime) -> date:
        """The calendar day of `moment` where the coordinator is."""
        return moment.astimezone(timezone_of(country)).date()

    def is_business_day(self, country: str, day: date) -> bool:
        return day.weekday() < SATURDAY and day not in self.holidays.get(country.upper(), ())

    def next_business_day(self, country: str, day: date) -> date:
        following = day + timedelta(days=1)
        while not self.is_business_day(country, following):
            following += timedelta(days=1)
        return following

    def send_at(self, country: str, confirmed_at: datetime) -> datetime:
        """When an invitation confirmed at `confirmed_at` goes out (UTC)."""
        if self.immediate:
            return confirmed_at.astimezone(UTC)
        zone = timezone_of(country)
        local = confirmed_at.astimezone(zone)
        day = local.date()
        if local.time() >= CUTOFF or not self.is_business_day(country, day):
            day = self.next_business_day(country, day)
        return _at(day, NIGHT, zone)

    def release_send_at(self, country: str, released_at: datetime) -> datetime:
        """Released invitations go out that night: at the sending hour, or now if later."""
        if self.immediate:
            return released_at.astimezone(UTC)
        zone = timezone_of(country)
        tonight = _at(released_at.astimezone(zone).date(), NIGHT, zone)
        return max(tonight, released_at.astimezone(UTC))

    def expires_at(self, sent_at: datetime) -> datetime:
        return sent_at + self.validity

    def reminder_at(self, expires_at: datetime) -> datetime:
        return expires_at - self.reminder_before

    def expires_on(self, country: str, expires_at: datetime) -> date:
        """The last day of validity as the coordinator (and the invited entity) reads it."""
        return self.local_day(country, expires_at)


def _at(day: date, hour: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, hour, tzinfo=zone).astimezone(UTC)
