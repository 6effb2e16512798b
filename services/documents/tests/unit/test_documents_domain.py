"""Document numbering, keys and the receipt's content."""

import hashlib
from datetime import UTC, datetime

from tramita_documents.domain.events import DocumentStored
from tramita_documents.domain.model import Document, DocumentKind, document_number, object_key
from tramita_documents.domain.pdf import text_pdf
from tramita_documents.domain.receipts import registration_receipt

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def test_number_is_prefixed_by_kind_year_and_zero_padded() -> None:
    number = document_number(kind=DocumentKind.REGISTRATION_RECEIPT, year=2026, sequence=42)
    assert number == "RR-2026-000042"


def test_issue_records_hash_size_key_and_event() -> None:
    content = registration_receipt(
        organization_id="org-1", number="RR-2026-000001", registered_event_id="ev-1", issued_at=NOW
    )
    doc = Document.issue(
        document_id="doc-1",
        organization_id="org-1",
        kind=DocumentKind.REGISTRATION_RECEIPT,
        number="RR-2026-000001",
        content=content,
        now=NOW,
    )
    assert doc.sha256 == hashlib.sha256(content.data).hexdigest()
    assert doc.size_bytes == len(content.data)
    assert doc.object_key == object_key(kind=DocumentKind.REGISTRATION_RECEIPT, document_id="doc-1")
    assert doc.events == [DocumentStored("doc-1", "org-1", "registration-receipt", doc.sha256)]


def test_receipt_is_a_deterministic_pdf_carrying_ids_only() -> None:
    args = {
        "organization_id": "org-1",
        "number": "N",
        "registered_event_id": "ev",
        "issued_at": NOW,
    }
    first, second = registration_receipt(**args), registration_receipt(**args)
    assert first == second
    assert first.media_type == "application/pdf"
    assert first.data.startswith(b"%PDF-1.7") and first.data.rstrip().endswith(b"%%EOF")
    for name in ("document", "number", "organization_id", "registered_event_id", "issued_at"):
        assert f"{name}: ".encode() in first.data


def test_pdf_text_is_escaped() -> None:
    data = text_pdf(title="a (b) \\ c", lines=["x)y"])
    assert b"(a \\(b\\) \\\\ c) Tj" in data
    assert b"(x\\)y) Tj" in data
