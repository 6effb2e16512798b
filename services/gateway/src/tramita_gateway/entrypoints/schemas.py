"""Public HTTP shapes (OpenAPI); they stop at the edge."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class TaxIdIn(BaseModel):
    scheme: Literal["NIPC", "CNPJ", "FOREIGN"] = Field(description="Kind of tax id.")
    value: str = Field(min_length=1, max_length=40, description="The id, punctuation allowed.")
    country: str = Field(
        default="", max_length=2, description="ISO 3166-1 alpha-2; required for FOREIGN."
    )


class RegisterOrganizationIn(BaseModel):
    tax_id: TaxIdIn
    name: str = Field(min_length=1, max_length=250)
    contact_email: str = Field(
        default="", max_length=254, description="Contact mailbox; notices go there."
    )
    preferred_language: str = Field(
        default="",
        max_length=16,
        description="Language tag for mail, e.g. pt-PT; defaults by the tax id's country.",
    )


class TaxIdOut(BaseModel):
    scheme: str
    value: str
    country: str


class OrganizationOut(BaseModel):
    organization_id: str
    tax_id: TaxIdOut
    name: str
    registered_at: datetime
    version: int
    contact_email: str | None = None
    preferred_language: str


class OrganizationPage(BaseModel):
    items: list[OrganizationOut]
    next_page_token: str | None = None


class DocumentOut(BaseModel):
    document_id: str
    organization_id: str
    kind: str
    number: str
    sha256: str
    media_type: str
    size_bytes: int
    created_at: datetime


class DocumentPage(BaseModel):
    items: list[DocumentOut]
    next_page_token: str | None = None


class MeOut(BaseModel):
    subject: str
    username: str
    roles: list[str]
    active_organization_id: str | None = None


class NoticeOut(BaseModel):
    notice_id: str
    kind: str = Field(description='Notice kind, e.g. "request.received".')
    title: str = Field(description="What to do, in the reader's language; never case content.")
    link: str = Field(description="Portal path of the item to act on.")
    created_at: datetime
    read_at: datetime | None = None


class NoticePage(BaseModel):
    items: list[NoticeOut]
    next_page_token: str | None = None


class UnreadOut(BaseModel):
    unread: int


class AlertAddressIn(BaseModel):
    alert_email: str = Field(
        default="", max_length=254, description="Address for alert notices; empty: account e-mail."
    )


class AlertAddressOut(BaseModel):
    alert_email: str


class DeadLetterOut(BaseModel):
    message_id: str
    kind: str
    channel: str
    address: str
    attempts: int
    last_error: str
    created_at: datetime


class DeadLetterPage(BaseModel):
    items: list[DeadLetterOut]
    next_page_token: str | None = None


class ReplayOut(BaseModel):
    replayed: int
