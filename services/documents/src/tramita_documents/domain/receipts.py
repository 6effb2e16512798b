"""The registration receipt issued when an organization is registered.

It carries ids and dates only: documents never embed personal data they do not need. The
bytes are an unsigned PDF; the issuing use case signs them (PAdES) before storing.
"""

from datetime import datetime

from tramita_documents.domain.model import Content
from tramita_documents.domain.pdf import text_pdf

MEDIA_TYPE = "application/pdf"
TITLE = "Tramita - registration receipt"


def receipt_fields(
    *, organization_id: str, number: str, registered_event_id: str, issued_at: datetime
) -> dict[str, str]:
    return {
        "document": "registration-receipt",
        "number": number,
        "organization_id": organization_id,
        "registered_event_id": registered_event_id,
        "issued_at": issued_at.isoformat(),
    }


def registration_receipt(
    *, organization_id: str, number: str, registered_event_id: str, issued_at: datetime
) -> Content:
    """The receipt's unsigned PDF: deterministic, so equal inputs give equal bytes."""
    fields = receipt_fields(
        organization_id=organization_id,
        number=number,
        registered_event_id=registered_event_id,
        issued_at=issued_at,
    )
    lines = [f"{name}: {value}" for name, value in fields.items()]
    return Content(text_pdf(title=TITLE, lines=lines), MEDIA_TYPE)
