"""DocumentsService over gRPC: proto → query → proto, nothing else."""

from collections.abc import Callable
from dataclasses import dataclass

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.common.v1 import pagination_pb2
from tramita.documents.v1 import documents_pb2, documents_pb2_grpc

from tramita_documents.app.ports import BlobStore, UnitOfWork
from tramita_documents.app.queries import get_document, list_documents, read_content
from tramita_documents.domain.model import Document


@dataclass(frozen=True)
class DocumentsDependencies:
    uow: Callable[[], UnitOfWork]
    blobs: BlobStore


class DocumentsServicer(documents_pb2_grpc.DocumentsServiceServicer):
    def __init__(self, deps: DocumentsDependencies) -> None:
        self._deps = deps

    async def ListDocuments(
        self, request: documents_pb2.ListDocumentsRequest, context: grpc.aio.ServicerContext
    ) -> documents_pb2.ListDocumentsResponse:
        page, cursor = await list_documents(
            organization_id=request.organization_id,
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            uow=self._deps.uow,
        )
        return documents_pb2.ListDocumentsResponse(
            documents=[to_proto(d) for d in page],
            page=pagination_pb2.PageResponse(next_page_token=cursor or ""),
        )

    async def GetDocument(
        self, request: documents_pb2.GetDocumentRequest, context: grpc.aio.ServicerContext
    ) -> documents_pb2.GetDocumentResponse:
        document = await get_document(request.document_id, uow=self._deps.uow)
        return documents_pb2.GetDocumentResponse(document=to_proto(document))

    async def GetDocumentContent(
        self, request: documents_pb2.GetDocumentContentRequest, context: grpc.aio.ServicerContext
    ) -> documents_pb2.GetDocumentContentResponse:
        document, data = await read_content(
            request.document_id, uow=self._deps.uow, blobs=self._deps.blobs
        )
        return documents_pb2.GetDocumentContentResponse(
            content=data, media_type=document.media_type, sha256=document.sha256
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
    )
