"""What the period timers do when they fire (run by `python -m tramita_alerts timers`).

Each handler runs in the timer worker's transaction: the alert's change, its event and the
timer's "fired" mark commit together, once. A timer of a proposal since cancelled (or of
an earlier proposal whose period moved) finds the alert elsewhere and does nothing.
"""

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from tramita_alerts.app.ports import UnitOfWork
from tramita_alerts.domain.errors import TransitionNotAllowed
from tramita_alerts.domain.model import Alert


async def _fire(
    work: UnitOfWork,
    payload: Mapping[str, Any],
    now: datetime,
    step: Callable[[Alert, datetime], None],
) -> bool:
    async with work:
        alert = await work.alerts.get(str(payload.get("alert_id", "")))
        if alert is None:
            return False
        try:
            step(alert, now)
        except TransitionNotAllowed:
            return False
        work.alerts.add(alert)
        await work.commit()
        return True


async def end_comment_period(work: UnitOfWork, payload: Mapping[str, Any], now: datetime) -> bool:
    return await _fire(work, payload, now, lambda alert, at: alert.end_comment_period(now=at))


async def end_objection_period(work: UnitOfWork, payload: Mapping[str, Any], now: datetime) -> bool:
    return await _fire(work, payload, now, lambda alert, at: alert.end_objection_period(now=at))
