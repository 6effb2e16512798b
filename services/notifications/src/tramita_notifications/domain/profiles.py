"""User profiles in authorities (PRODUCT §3.7; 003 §2.5, §4.2, §5.2.2, §6.2.3).

The names are the ones identity publishes in `PersonProfilesChanged`.
"""

from __future__ import annotations

__all__ = [
    "ALERT_BROADCASTER",
    "ALERT_MANAGER",
    "ALERT_VIEWER",
    "BASIC_USER",
    "DATA_ADMINISTRATOR",
    "ENTITY_WIDE",
    "LOCAL_DATA_ADMINISTRATOR",
    "REQUEST_ALLOCATOR",
    "REQUEST_HANDLER",
    "REQUEST_VIEWER",
    "SUPERVISOR",
]

# General
LOCAL_DATA_ADMINISTRATOR = "local-data-administrator"
DATA_ADMINISTRATOR = "data-administrator"  # coordinators, per legislative area
BASIC_USER = "basic-user"

# Requests workflow
REQUEST_HANDLER = "request-handler"
REQUEST_VIEWER = "request-viewer"
REQUEST_ALLOCATOR = "request-allocator"
SUPERVISOR = "supervisor"  # request coordinators only

# Alerts workflow
ALERT_VIEWER = "alert-viewer"
ALERT_MANAGER = "alert-manager"
ALERT_BROADCASTER = "alert-broadcaster"  # alert coordinators only

# Held for the whole entity, not per workflow: looked up whatever the trigger's workflow.
ENTITY_WIDE = frozenset({LOCAL_DATA_ADMINISTRATOR, BASIC_USER})
