"""The one table from documents domain errors to platform (gRPC/HTTP) errors."""

from tramita_platform.errors import ErrorMap, FailedPrecondition, NotFound

from tramita_documents.domain.errors import ContentIntegrityError, DocumentNotFound

ERRORS = ErrorMap(
    {
        DocumentNotFound: lambda exc: NotFound(str(exc), reason="DOCUMENT_NOT_FOUND"),
        ContentIntegrityError: lambda exc: FailedPrecondition(
            state="content altered",
            action="download",
            message=str(exc),
            reason="DOCUMENT_CONTENT_ALTERED",
        ),
    }
)
