"""HTTP shapes of companies, bonds and delegations (identity service); they stop at the edge."""

from datetime import datetime

from pydantic import BaseModel, Field, model_validator


class PersonRefIn(BaseModel):
    """A person by account id (token subject) or by national id, e.g. "BR:CPF:38472910504"."""

    person_id: str = Field(default="", max_length=64)
    national_id: str = Field(default="", max_length=40)

    @model_validator(mode="after")
    def _exactly_one(self) -> "PersonRefIn":
        if bool(self.person_id) == bool(self.national_id):
            raise ValueError("give exactly one of person_id and national_id")
        return self


class BondOut(BaseModel):
    bond_id: str
    organization_id: str = Field(description='Tax key, e.g. "BR:CNPJ:27491536000103".')
    person_id: str = ""
    national_id: str = ""
    kind: str = Field(description="legal_representative, partner, accountant, member, ...")
    role: str = Field(description="legal_representative or member")
    source: str = Field(default="", description="govbr, certificate, representative:<id>")
    recorded_at: datetime | None = None
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    ended_at: datetime | None = None


class BondPage(BaseModel):
    items: list[BondOut]
    next_page_token: str | None = None


class MyOrganizationOut(BaseModel):
    organization_id: str
    role: str
    process_types: list[str] = Field(description='What the caller may open; "*" for all.')
    bonds: list[BondOut]


class MyOrganizationPage(BaseModel):
    items: list[MyOrganizationOut]
    next_page_token: str | None = None


class DelegationIn(BaseModel):
    member: PersonRefIn
    process_types: list[str] = Field(min_length=1, max_length=50)
    expires_at: datetime | None = Field(
        default=None, description="Never after the granting representative's own credential."
    )


class DelegationOut(BaseModel):
    delegation_id: str
    organization_id: str
    member_person_id: str
    process_types: list[str]
    granted_by_person_id: str
    granted_at: datetime
    expires_at: datetime | None = None
    state: str = Field(description="active, expired, revoked or renounced")
    ended_at: datetime | None = None
    ended_by_person_id: str = ""


class DelegationPage(BaseModel):
    items: list[DelegationOut]
    next_page_token: str | None = None


class UnlinkOut(BaseModel):
    bond: BondOut
    revoked_delegation_ids: list[str]


class HistoryEntryOut(BaseModel):
    entry_id: str
    at: datetime
    actor_person_id: str = ""
    action: str
    person_id: str = ""
    bond_id: str = ""
    delegation_id: str = ""
    process_types: list[str] = []
    detail: str = ""


class HistoryPage(BaseModel):
    items: list[HistoryEntryOut]
    next_page_token: str | None = None


class CapabilitiesOut(BaseModel):
    organization_id: str
    role: str
    process_types: list[str]
    delegations: list[DelegationOut]
    notice: str = Field(default="", description="What to do next, e.g. ask for delegation.")
