"""DocumentsService over gRPC: proto → query → proto, nothing else."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.common.v1 import pagination_pb2
from tramita.documents.v1 import documents_pb2, documents_pb2_grpc
from tramita_platform.auth import Principal, require_principal

from tramita_documents.app.ports import (
    BlobStore,
    Bonds,
    Clock,
    DocumentFilter,
    UnitOfWork,
    Verifier,
)
from tramita_documents.app.queries import (
    download_link,
    get_document,
    list_documents,
    read_content,
)
from tramita_documents.app.verification import verify_document
from tramita_documents.domain.access import Reader
from tramita_documents.domain.model import Document
from tramita_documents.domain.verification import ValidationReport


@dataclass(frozen=True)
class DocumentsDependencies:
    uow: Callable[[], UnitOfWork]
    blobs: BlobStore
    verifier: Verifier
    bonds: Bonds
    clock: Clock
    link_lifetime: timedelta = timedelta(minutes=5)


def reader_of(principal: Principal) -> Reader:
    """Scoping looks at realm roles only: a client role named "staff" grants nothing."""
    realm = principal.claims.get("realm_access") or {}
    roles = realm.get("roles", ()) if isinstance(realm, dict) else ()
    return Reader(subject=principal.subject, realm_roles=frozenset(str(r) for r in roles))


def _instant(stamp: Timestamp, present: bool) -> datetime | None:
    return stamp.ToDatetime(tzinfo=UTC) if present else None


class DocumentsServicer(documents_pb2_grpc.DocumentsServiceServicer):
    def __init__(self, deps: DocumentsDependencies) -> None:
        self._deps = deps

    async def ListDocuments(
        self, request: documents_pb2.ListDocumentsRequest, context: grpc.aio.ServicerContext
    ) -> documents_pb2.ListDocumentsResponse:
        where = DocumentFilter(
            organization_id=request.organization_id or None,
            kind=request.kind.strip(),
            number_prefix=request.number_prefix.strip(),
            created_from=_instant(request.created_from, request.HasField("created_from")),
            created_before=_instant(request.created_before, request.HasField("created_before")),
        )
        page, cursor = await list_documents(
            reader=reader_of(require_principal()),
            where=where,
            page_token=request.page.page_token,
            page_size=request.page.page_size,
            uow=self._deps.uow,
            bonds=self._deps.bonds,
        )
        return documents_pb2.ListDocumentsResponse(
            documents=[to_proto(d) for d in page],
            page=pagination_pb2.PageResponse(next_page_token=cursor or ""),
        )

    async def GetDocument(
        self, request: documents_pb2.GetDocumentRequest, context: grpc.aio.ServicerContext
    ) -> documents_pb2.GetDocumentResponse:
        document = await get_document(
            request.document_id,
            reader=reader_of(require_principal()),
            uow=self._deps.uow,
            bonds=self._deps.bonds,
        )
        return documents_pb2.GetDocumentResponse(document=to_proto(document))

    async def GetDocumentContent(
        self, request: documents_pb2.GetDocumentContentRequest, context: grpc.aio.ServicerContext
    ) -> documents_pb2.GetDocumentContentResponse:
        document, data = await read_content(
            request.document_id,
            reader=reader_of(require_principal()),
            uow=self._deps.uow,
            blobs=self._deps.blobs,
            bonds=self._deps.bonds,
        )
        return documents_pb2.GetDocumentContentResponse(
            content=data, media_type=document.media_type, sha256=document.sha256
        )

    async def GetDownloadLink(
        self, request: documents_pb2.GetDownloadLinkRequest, context: grpc.aio.ServicerContext
    ) -> documents_pb2.GetDownloadLinkResponse:
        link = await download_link(
            request.document_id,
            reader=reader_of(require_principal()),
            uow=self._deps.uow,
            blobs=self._deps.blobs,
            bonds=self._deps.bonds,
            clock=self._deps.clock,
            valid_for=self._deps.link_lifetime,
        )
        return documents_pb2.GetDownloadLinkResponse(
            url=link.url,
            expires_at=_timestamp(link.expires_at),
            sha256=link.document.sha256,
            media_type=link.document.media_type,
            file_name=link.file_name,
        )

    async def VerifyDocument(
        self, request: documents_pb2.VerifyDocumentRequest, context: grpc.aio.ServicerContext
    ) -> documents_pb2.VerifyDocumentResponse:
        result = await verify_document(
            content=request.content,
            number=request.number,
            uow=self._deps.uow,
            blobs=self._deps.blobs,
            verifier=self._deps.verifier,
        )
        return documents_pb2.VerifyDocumentResponse(report=report_to_proto(result))


def _timestamp(value: datetime | None) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp


def report_to_proto(report: ValidationReport) -> documents_pb2.ValidationReport:
    signature, registration = report.signature, report.registration
    return documents_pb2.ValidationReport(
        valid=report.valid,
        problems=[p.value for p in report.problems],
        sha256=report.sha256,
        signed=signature.signed,
        signature_intact=signature.intact,
        certificate_trusted=signature.trusted and not signature.revoked,
        unmodified_since_signing=signature.unmodified,
        signer=signature.signer_subject,
        issuer=signature.issuer_subject,
        signing_time=_timestamp(signature.signing_time),
        timestamp_present=signature.timestamp_present,
        timestamp_valid=signature.timestamp_valid,
        timestamp_time=_timestamp(signature.timestamp_time),
        level=signature.level,
        registered=registration.matches is not None,
        matches_registered=bool(registration.matches),
        number=registration.number,
    )


def to_proto(document: Document) -> documents_pb2.Document:
    created_at = Timestamp()
    created_at.FromDatetime(document.created_at)
    return documents_pb2.Document(
        document_id=document.document_id,
        organization_id=document.organization_id,
        kind=document.kind.value,
        number=document.number,
        sha256=document.sha256,
        media_type=document.media_type,
        size_bytes=document.size_bytes,
        created_at=created_at,
        organization_tax_key=document.organization_tax_key,
    )
