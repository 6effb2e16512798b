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
