"""Public verification of signed documents: anyone, no login (PRODUCT §8).

`POST /api/v1/public/verify` takes the PDF as the raw body (`application/pdf`) and/or a
document number in the query; `GET` takes the number only. The answer is the documents
service's validation report; it never says whom a document was issued to.
"""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from tramita.documents.v1 import documents_pb2 as pb
from tramita_platform.errors import FieldViolation, InvalidArgument
from tramita_platform.grpc_client import rpc_errors

from tramita_gateway.entrypoints.access_api import Portal
from tramita_gateway.entrypoints.deps import Backends

router = APIRouter(prefix="/api/v1/public")
# gRPC's default message limit is 4 MiB; documents issued here are far smaller.
MAX_PDF_BYTES = 3 * 1024 * 1024
Number = Annotated[str, Query(max_length=64, description='Document number, e.g. "RR-2026-000042".')]


_BINARY = {"type": "string", "format": "binary"}


class ValidationReportOut(BaseModel):
    valid: bool = Field(description="True only when no problem was found.")
    problems: list[str] = Field(description="e.g. SIGNATURE_BROKEN, MODIFIED_AFTER_SIGNING.")
    sha256: str
    signed: bool
    signature_intact: bool
    certificate_trusted: bool
    unmodified_since_signing: bool
    signer: str
    issuer: str
    signing_time: datetime | None = None
    timestamp_present: bool
    timestamp_valid: bool
    timestamp_time: datetime | None = None
    level: str = Field(description="PAdES level reached, e.g. B-B or B-T.")
    registered: bool = Field(description="The file is a document issued here.")
    matches_registered: bool
    number: str


async def _verify(backends: Backends, portal, content: bytes, number: str) -> ValidationReportOut:
    request = pb.VerifyDocumentRequest(content=content, number=number)
    with rpc_errors():
        reply = await backends.documents.VerifyDocument(request, metadata=portal, timeout=30)
    report = reply.report
    return ValidationReportOut(
        valid=report.valid,
        problems=list(report.problems),
        sha256=report.sha256,
        signed=report.signed,
        signature_intact=report.signature_intact,
        certificate_trusted=report.certificate_trusted,
        unmodified_since_signing=report.unmodified_since_signing,
        signer=report.signer,
        issuer=report.issuer,
        signing_time=report.signing_time.ToDatetime() if report.HasField("signing_time") else None,
        timestamp_present=report.timestamp_present,
        timestamp_valid=report.timestamp_valid,
        timestamp_time=(
            report.timestamp_time.ToDatetime() if report.HasField("timestamp_time") else None
        ),
        level=report.level,
        registered=report.registered,
        matches_registered=report.matches_registered,
        number=report.number,
    )


@router.post(
    "/verify",
    response_model=ValidationReportOut,
    summary="Verify a signed PDF (public)",
    openapi_extra={
        "requestBody": {
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}
        }
    },
)
async def verify_upload(
    request: Request, portal: Portal, backends: Backends, number: Number = ""
) -> ValidationReportOut:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_PDF_BYTES:
            description = f"the file is larger than {MAX_PDF_BYTES // (1024 * 1024)} MB"
            raise InvalidArgument([FieldViolation("body", "max_size", description)], description)
        chunks.append(chunk)
    return await _verify(backends, portal, b"".join(chunks), number.strip())


@router.get("/verify", response_model=ValidationReportOut, summary="Verify by number (public)")
async def verify_number(portal: Portal, backends: Backends, number: Number) -> ValidationReportOut:
    return await _verify(backends, portal, b"", number.strip())
