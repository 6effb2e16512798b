"""Public verification: anyone gives a PDF or a document number and gets a report."""

import hashlib
from collections.abc import Callable

from tramita_documents.app.ports import BlobStore, UnitOfWork, Verifier
from tramita_documents.domain.errors import DocumentNotFound, NothingToVerify
from tramita_documents.domain.model import Document
from tramita_documents.domain.verification import Registration, ValidationReport, report


async def verify_document(
    *,
    content: bytes,
    number: str,
    uow: Callable[[], UnitOfWork],
    blobs: BlobStore,
    verifier: Verifier,
) -> ValidationReport:
    """Check `content` (or, without it, the stored bytes of `number`).

    With a number, the document must be the one registered under it; without one, the
    registered document is looked up by the file's SHA-256. An unknown number is NOT_FOUND.
    """
    number = number.strip()
    if not content and not number:
        raise NothingToVerify()
    registered: Document | None
    async with uow() as work:
        if number:
            registered = await work.documents.find_by_number(number)
            if registered is None:
                raise DocumentNotFound(number)
        else:
            registered = await work.documents.find_by_sha256(hashlib.sha256(content).hexdigest())
    if not content and registered is not None:
        content = await blobs.get(key=registered.object_key)
    sha256 = hashlib.sha256(content).hexdigest()
    registration = (
        Registration()
        if registered is None
        else Registration(
            number=registered.number,
            document_id=registered.document_id,
            matches=registered.sha256 == sha256,
            sha256=registered.sha256,
        )
    )
    signature = await verifier.check(content)
    return report(sha256=sha256, signature=signature, registration=registration)
