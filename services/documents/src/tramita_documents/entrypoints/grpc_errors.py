"""The one table from documents domain errors to platform (gRPC/HTTP) errors."""

from tramita_platform.errors import (
    ErrorMap,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
)

from tramita_documents.domain.errors import (
    ContentIntegrityError,
    DocumentNotFound,
    NothingToVerify,
    OrganizationDocumentsNotFound,
)

ERRORS = ErrorMap(
    {
        DocumentNotFound: lambda exc: NotFound(str(exc), reason="DOCUMENT_NOT_FOUND"),
        OrganizationDocumentsNotFound: lambda exc: NotFound(
            str(exc), reason="ORGANIZATION_DOCUMENTS_NOT_FOUND"
        ),
        ContentIntegrityError: lambda exc: FailedPrecondition(
            state="content altered",
            action="download",
            message=str(exc),
            reason="DOCUMENT_CONTENT_ALTERED",
        ),
        NothingToVerify: lambda exc: InvalidArgument(
            [FieldViolation("content", "required", str(exc))], str(exc), reason="NOTHING_TO_VERIFY"
        ),
    }
)
