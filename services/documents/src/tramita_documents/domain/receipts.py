"""The registration receipt issued when an organization is registered.

It carries ids and dates only: documents never embed personal data they do not need.
"""

import json
from datetime import datetime

from tramita_documents.domain.model import Content

MEDIA_TYPE = "application/json"


def registration_receipt(
    *, organization_id: str, number: str, registered_event_id: str, issued_at: datetime
) -> Content:
    """The receipt's bytes: canonical JSON, so equal inputs give equal hashes."""
    body = {
        "document": "registration-receipt",
        "number": number,
        "organization_id": organization_id,
        "registered_event_id": registered_event_id,
        "issued_at": issued_at.isoformat(),
    }
    return Content(json.dumps(body, sort_keys=True, separators=(",", ":")).encode(), MEDIA_TYPE)
