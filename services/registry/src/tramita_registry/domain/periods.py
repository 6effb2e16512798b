"""Calendar arithmetic the rules need ("within six months")."""

import calendar
from datetime import datetime


def six_months_after(moment: datetime) -> datetime:
    """The same day six calendar months later (the month's last day when it is shorter)."""
    month_index = moment.month - 1 + 6
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)
