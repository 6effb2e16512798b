"""Durable timers: `Timers` schedules in the business transaction, `TimerWorker` fires them."""

from tramita_platform.timers.schedule import DueTimer, Timers
from tramita_platform.timers.tables import TIMERS, define_timers_table
from tramita_platform.timers.worker import TimerHandler, TimerWorker

__all__ = ["TIMERS", "DueTimer", "TimerHandler", "TimerWorker", "Timers", "define_timers_table"]
