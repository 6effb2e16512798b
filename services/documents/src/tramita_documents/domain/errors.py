"""Errors of the documents domain; the gRPC edge maps them through one table."""


class DocumentsError(Exception):
    """Base of every documents domain error."""


class DocumentNotFound(DocumentsError):
    """No such document, or it belongs to another organization (never say which)."""

    def __init__(self, document_id: str) -> None:
        super().__init__(f"document {document_id} not found")
        self.document_id = document_id


class ContentIntegrityError(DocumentsError):
    """Stored bytes no longer match the registered SHA-256."""

    def __init__(self, document_id: str) -> None:
        super().__init__(f"stored content of document {document_id} does not match its hash")
        self.document_id = document_id


class NothingToVerify(DocumentsError):
    """A verification request carried neither a file nor a document number."""

    def __init__(self) -> None:
        super().__init__("give a PDF file or a document number to verify")


class OrganizationDocumentsNotFound(DocumentsError):
    """The caller may not list this organization's documents, or it has none it could see
    (never say which)."""

    def __init__(self, organization_id: str) -> None:
        super().__init__(f"no documents of organization {organization_id or '(any)'} found")
        self.organization_id = organization_id
