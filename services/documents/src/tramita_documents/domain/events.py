"""Past-tense facts of the documents service; they leave only through the outbox."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocumentStored:
    document_id: str
    organization_id: str
    kind: str
    sha256: str


type DocumentEvent = DocumentStored
