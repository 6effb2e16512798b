"""Read side: an organization's documents and their bytes; never another organization's."""

import hashlib
from collections.abc import Callable

from tramita_documents.app.ports import BlobStore, UnitOfWork
from tramita_documents.domain.errors import ContentIntegrityError, DocumentNotFound
from tramita_documents.domain.model import Document

MAX_PAGE_SIZE = 100


async def list_documents(
    *, organization_id: str, after: str | None, page_size: int, uow: Callable[[], UnitOfWork]
) -> tuple[list[Document], str | None]:
    limit = max(1, min(page_size or 20, MAX_PAGE_SIZE))
    async with uow() as work:
        rows = await work.documents.list_page(
            organization_id=organization_id, after=after, limit=limit + 1
        )
    page = rows[:limit]
    return page, (page[-1].document_id if len(rows) > limit else None)


async def get_document(document_id: str, *, uow: Callable[[], UnitOfWork]) -> Document:
    async with uow() as work:
        document = await work.documents.get(document_id)
    if document is None:
        raise DocumentNotFound(document_id)
    return document


async def read_content(
    document_id: str, *, uow: Callable[[], UnitOfWork], blobs: BlobStore
) -> tuple[Document, bytes]:
    """The stored bytes, checked against the registered hash before they are served."""
    document = await get_document(document_id, uow=uow)
    data = await blobs.get(key=document.object_key)
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise ContentIntegrityError(document_id)
    return document, data
