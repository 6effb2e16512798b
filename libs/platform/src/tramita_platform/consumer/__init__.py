"""Idempotent Kafka consumers: inbox deduplication, bounded retries, dead letters."""

from tramita_platform.consumer.consumer import EventConsumer, Handler, Outcome
from tramita_platform.consumer.tables import (
    DEAD_LETTERS,
    INBOX,
    define_dead_letter_table,
    define_inbox_table,
)

__all__ = [
    "DEAD_LETTERS",
    "INBOX",
    "EventConsumer",
    "Handler",
    "Outcome",
    "define_dead_letter_table",
    "define_inbox_table",
]
