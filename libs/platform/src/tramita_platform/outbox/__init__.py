"""Transactional outbox: `Outbox` writes events in the business transaction, `OutboxRelay`
ships them."""

from tramita_platform.outbox.relay import OutboxRecord, OutboxRelay, default_producer
from tramita_platform.outbox.tables import OUTBOX, define_outbox_table
from tramita_platform.outbox.writer import DEFAULT_CHANNEL, Outbox

__all__ = [
    "DEFAULT_CHANNEL",
    "OUTBOX",
    "Outbox",
    "OutboxRecord",
    "OutboxRelay",
    "default_producer",
    "define_outbox_table",
]
