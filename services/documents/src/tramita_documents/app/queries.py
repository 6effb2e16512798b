"""Read side: documents and their bytes, for readers allowed to see them (app.scope);
anyone else is told NOT_FOUND, never whether the document or organization exists."""

import base64
import binascii
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tramita_documents.app.ports import (
    BlobStore,
    Bonds,
    Clock,
    DocumentFilter,
    Position,
    UnitOfWork,
)
from tramita_documents.app.scope import may_read
from tramita_documents.domain.access import Reader
from tramita_documents.domain.errors import (
    ContentIntegrityError,
    DocumentNotFound,
    OrganizationDocumentsNotFound,
)
from tramita_documents.domain.model import Document

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


def encode_position(document: Document) -> str:
    raw = f"{document.created_at.isoformat()}|{document.document_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_position(token: str) -> Position | None:
    """The keyset position of a page token; None for an empty or unreadable token."""
    if not token:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        created_at, document_id = raw.split("|", 1)
        return datetime.fromisoformat(created_at), document_id
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


async def list_documents(
    *,
    reader: Reader,
    where: DocumentFilter,
    page_token: str,
    page_size: int,
    uow: Callable[[], UnitOfWork],
    bonds: Bonds,
) -> tuple[list[Document], str | None]:
    """One page, newest first. Non-staff must name an organization they are bonded to."""
    if not reader.is_staff:
        organization_id = where.organization_id or ""
        if not organization_id:
            raise OrganizationDocumentsNotFound("")
        async with uow() as work:
            tax_key = await work.documents.organization_tax_key(organization_id)
        if not await may_read(reader, tax_key, bonds=bonds):
            raise OrganizationDocumentsNotFound(organization_id)
    limit = max(1, min(page_size or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE))
    async with uow() as work:
        rows = await work.documents.list_page(
            where=where, after=decode_position(page_token), limit=limit + 1
        )
    page = rows[:limit]
    return page, (encode_position(page[-1]) if len(rows) > limit else None)


async def get_document(
    document_id: str, *, reader: Reader, uow: Callable[[], UnitOfWork], bonds: Bonds
) -> Document:
    async with uow() as work:
        document = await work.documents.get(document_id)
    if document is None or not await may_read(reader, document.organization_tax_key, bonds=bonds):
        raise DocumentNotFound(document_id)
    return document


async def read_content(
    document_id: str,
    *,
    reader: Reader,
    uow: Callable[[], UnitOfWork],
    blobs: BlobStore,
    bonds: Bonds,
) -> tuple[Document, bytes]:
    """The stored bytes, checked against the registered hash before they are served."""
    document = await get_document(document_id, reader=reader, uow=uow, bonds=bonds)
    data = await blobs.get(key=document.object_key)
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise ContentIntegrityError(document_id)
    return document, data


@dataclass(frozen=True, slots=True)
class DownloadLink:
    document: Document
    url: str
    expires_at: datetime
    file_name: str


_EXTENSIONS = {"application/pdf": ".pdf"}


async def download_link(
    document_id: str,
    *,
    reader: Reader,
    uow: Callable[[], UnitOfWork],
    blobs: BlobStore,
    bonds: Bonds,
    clock: Clock,
    valid_for: timedelta,
) -> DownloadLink:
    """A pre-signed URL of the stored bytes, valid for `valid_for`, for an allowed reader."""
    document = await get_document(document_id, reader=reader, uow=uow, bonds=bonds)
    file_name = document.number + _EXTENSIONS.get(document.media_type, "")
    expires_at = clock.now() + valid_for
    url = await blobs.presigned_get(
        key=document.object_key,
        expires=valid_for,
        file_name=file_name,
        media_type=document.media_type,
    )
    return DownloadLink(document=document, url=url, expires_at=expires_at, file_name=file_name)
