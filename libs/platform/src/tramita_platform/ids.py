"""Identifiers: UUIDv7, so ids sort by creation time (good B-tree locality, ordered outbox)."""

from __future__ import annotations

import uuid_utils

__all__ = ["new_id"]


def new_id() -> str:
    """Return a new UUIDv7 as its canonical lowercase string."""
    return str(uuid_utils.uuid7())
