"""What a verified login asserts: the person's profile and the company bonds of the token.

Claims read: name (or given_name + family_name), email, phone_number, locale, cpf or nif,
assurance_level, idp; `cnpj_bonds` (gov.br: a JSON list, or a list, of CNPJs or of
{"cnpj", "vinculo": socio|contador|representante_legal|nao_atuante}) and
`certificate_cnpj` (company-certificate login: its holder is the legal representative;
`certificate_not_after`, epoch seconds or ISO 8601, bounds that bond when present).
"""

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from tramita_identity.domain.bonds import CERTIFICATE, GOVBR, BondKind
from tramita_identity.domain.claims import as_text, contact_of, instant, name_of, vinculo_kind
from tramita_identity.domain.errors import InvalidField
from tramita_identity.domain.national_ids import national_id_key
from tramita_identity.domain.persons import Profile
from tramita_identity.domain.tax_ids import parse_tax_id

SERVICE_ACCOUNT_PREFIX = "service-account-"


@dataclass(frozen=True, slots=True)
class AssertedBond:
    organization_id: str
    kind: BondKind
    source: str
    valid_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class Login:
    person_id: str
    # Keycloak service accounts are services, not persons: nothing is recorded for them.
    is_service: bool
    profile: Profile
    bonds: tuple[AssertedBond, ...] = ()
    # The token carried `cnpj_bonds`: gov.br bonds it no longer lists have ended.
    govbr_bonds_asserted: bool = False
    # Claim items that could not be read (no personal data: CNPJs and claim names).
    ignored: tuple[str, ...] = ()

    @property
    def bonds_digest(self) -> str:
        lines = sorted(
            f"{b.organization_id}|{b.kind}|{b.source}|{b.valid_until}" for b in self.bonds
        )
        text = "\n".join([str(self.govbr_bonds_asserted), *lines])
        return hashlib.sha256(text.encode()).hexdigest()


def read_login(claims: Mapping[str, object], *, subject: str, username: str | None) -> Login:
    """Read the claims of a verified token (never fails: unreadable items are ignored)."""
    national_id = _national_id(claims)
    profile = Profile(
        name=name_of(claims, username),
        contact=contact_of(claims, national_id),
        national_id=national_id,
        assurance_level=as_text(claims.get("assurance_level"))[:32],
        idp=as_text(claims.get("idp"))[:64],
    )
    is_service = (username or "").startswith(SERVICE_ACCOUNT_PREFIX)
    govbr, ignored, asserted = _govbr_bonds(claims.get("cnpj_bonds"))
    certificate, ignored_certificate = _certificate_bond(claims)
    return Login(
        person_id=subject,
        is_service=is_service,
        profile=profile,
        bonds=(*govbr, *certificate),
        govbr_bonds_asserted=asserted,
        ignored=(*ignored, *ignored_certificate),
    )


def _national_id(claims: Mapping[str, object]) -> str:
    for claim in ("cpf", "nif"):
        if value := as_text(claims.get(claim)):
            return national_id_key(claim, value)
    return ""


def _govbr_bonds(raw: object) -> tuple[list[AssertedBond], list[str], bool]:
    """The bonds of `cnpj_bonds`, the items ignored, and whether the claim was readable."""
    if raw is None:
        return [], [], False
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return [], ["cnpj_bonds: not JSON"], False
    if not isinstance(raw, list):
        return [], ["cnpj_bonds: not a list"], False
    bonds: dict[tuple[str, BondKind], AssertedBond] = {}
    ignored: list[str] = []
    for item in raw:
        bond = _govbr_bond(item)
        if isinstance(bond, str):
            ignored.append(bond)
        else:
            bonds[(bond.organization_id, bond.kind)] = bond
    return list(bonds.values()), ignored, True


def _govbr_bond(item: object) -> AssertedBond | str:
    if isinstance(item, str) and item.lstrip().startswith("{"):
        try:
            item = json.loads(item)
        except ValueError:
            return "cnpj_bonds item: not JSON"
    if isinstance(item, Mapping):
        cnpj, kind = as_text(item.get("cnpj")), vinculo_kind(as_text(item.get("vinculo")))
    else:
        # A bare CNPJ says nothing about the bond: the least privilege, a member.
        cnpj, kind = as_text(item), BondKind.MEMBER
    if kind is None:
        return f"cnpj_bonds item {cnpj}: unknown vinculo"
    organization = _organization(cnpj)
    if organization is None:
        return f"cnpj_bonds item {cnpj}: invalid CNPJ"
    return AssertedBond(organization, kind, GOVBR)


def _certificate_bond(claims: Mapping[str, object]) -> tuple[list[AssertedBond], list[str]]:
    cnpj = as_text(claims.get("certificate_cnpj"))
    if not cnpj:
        return [], []
    organization = _organization(cnpj)
    if organization is None:
        return [], [f"certificate_cnpj {cnpj}: invalid CNPJ"]
    until = instant(claims.get("certificate_not_after"))
    return [AssertedBond(organization, BondKind.LEGAL_REPRESENTATIVE, CERTIFICATE, until)], []


def _organization(cnpj: str) -> str | None:
    try:
        return parse_tax_id(scheme="CNPJ", value=cnpj).key
    except InvalidField:
        return None
