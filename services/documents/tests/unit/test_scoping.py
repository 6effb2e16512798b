"""Scoping: staff see everything; others only organizations identity bonds them to;
everyone else is told NOT_FOUND. Identity's answers are cached ≤ 30 s per (subject, key)."""

from datetime import UTC, datetime, timedelta

import pytest
from tramita.registry.v1 import registry_pb2
from tramita_documents.app.handlers import IssueRegistrationReceipt, issue_registration_receipt
from tramita_documents.app.ports import DocumentFilter
from tramita_documents.app.queries import (
    decode_position,
    download_link,
    get_document,
    list_documents,
    read_content,
)
from tramita_documents.app.scope import CachedBonds, may_read
from tramita_documents.domain.access import Reader
from tramita_documents.domain.errors import DocumentNotFound, OrganizationDocumentsNotFound
from tramita_documents.domain.model import Content, Document, DocumentKind
from tramita_documents.domain.organizations import tax_key
from tramita_documents.entrypoints.kafka_consumer import organization_tax_key

from .conftest import FakeBonds

ACME = "PT:NIPC:500000000"
STAFF = Reader("staff-1", frozenset({"staff"}))
ADMIN = Reader("admin-1", frozenset({"platform-admin"}))
MARIA = Reader("maria", frozenset({"offline_access"}))
JOAO = Reader("joao", frozenset())


async def issue(uow, blobs, clock, signer, org: str, doc: str, key: str = ACME) -> Document:
    command = IssueRegistrationReceipt(org, f"event-{org}", doc, organization_tax_key=key)
    return await issue_registration_receipt(
        command, work=uow, blobs=blobs, clock=clock, signer=signer
    )


def listing(uow, bonds, reader, **where):
    return list_documents(
        reader=reader,
        where=DocumentFilter(**where),
        page_token="",
        page_size=10,
        uow=uow,
        bonds=bonds,
    )


# --- rules -------------------------------------------------------------------------------


async def test_staff_roles_read_without_asking_identity() -> None:
    bonds = FakeBonds()
    assert await may_read(STAFF, ACME, bonds=bonds)
    assert await may_read(ADMIN, "", bonds=bonds)
    assert await may_read(STAFF, None, bonds=bonds)
    assert bonds.asked == 0


async def test_others_need_a_bond_and_a_tax_key() -> None:
    bonds = FakeBonds(("maria", ACME))
    assert await may_read(MARIA, ACME, bonds=bonds)
    assert not await may_read(JOAO, ACME, bonds=bonds)
    assert not await may_read(MARIA, "BR:CNPJ:27491536000103", bonds=bonds)
    asked = bonds.asked
    assert not await may_read(MARIA, "", bonds=bonds)  # legacy rows: staff only
    assert not await may_read(MARIA, None, bonds=bonds)  # no documents at all
    assert bonds.asked == asked


async def test_a_client_role_named_staff_is_not_staff() -> None:
    from tramita_documents.entrypoints.grpc_servicer import reader_of
    from tramita_platform.auth import Principal

    claims = {
        "sub": "x",
        "realm_access": {"roles": ["citizen"]},
        "resource_access": {"tramita-api": {"roles": ["staff"]}},
    }
    principal = Principal.from_claims(claims, audience="tramita-api")
    assert principal.has_role("staff")
    assert not reader_of(principal).is_staff
    claims["realm_access"] = {"roles": ["staff"]}
    assert reader_of(Principal.from_claims(claims, audience="tramita-api")).is_staff


# --- queries -----------------------------------------------------------------------------


async def test_bonded_person_lists_gets_and_downloads(uow, blobs, clock, signer) -> None:
    bonds = FakeBonds(("maria", ACME))
    document = await issue(uow, blobs, clock, signer, "org-1", "doc-1")
    page, _ = await listing(uow, bonds, MARIA, organization_id="org-1")
    assert [d.document_id for d in page] == ["doc-1"]
    assert (await get_document("doc-1", reader=MARIA, uow=uow, bonds=bonds)) == document
    _, data = await read_content("doc-1", reader=MARIA, uow=uow, blobs=blobs, bonds=bonds)
    assert data.startswith(b"%PDF-")


async def test_strangers_get_not_found_for_everything(uow, blobs, clock, signer) -> None:
    bonds = FakeBonds(("maria", ACME))
    await issue(uow, blobs, clock, signer, "org-1", "doc-1")
    with pytest.raises(OrganizationDocumentsNotFound):
        await listing(uow, bonds, JOAO, organization_id="org-1")
    with pytest.raises(OrganizationDocumentsNotFound):  # same answer for an unknown org
        await listing(uow, bonds, JOAO, organization_id="org-unknown")
    with pytest.raises(OrganizationDocumentsNotFound):  # everything: staff only
        await listing(uow, bonds, MARIA)
    for read in (
        get_document("doc-1", reader=JOAO, uow=uow, bonds=bonds),
        read_content("doc-1", reader=JOAO, uow=uow, blobs=blobs, bonds=bonds),
        download_link(
            "doc-1",
            reader=JOAO,
            uow=uow,
            blobs=blobs,
            bonds=bonds,
            clock=clock,
            valid_for=timedelta(minutes=5),
        ),
    ):
        with pytest.raises(DocumentNotFound):
            await read


async def test_documents_without_tax_key_are_staff_only(uow, blobs, clock, signer) -> None:
    bonds = FakeBonds(("maria", ""))
    await issue(uow, blobs, clock, signer, "org-old", "doc-old", key="")
    with pytest.raises(OrganizationDocumentsNotFound):
        await listing(uow, bonds, MARIA, organization_id="org-old")
    with pytest.raises(DocumentNotFound):
        await get_document("doc-old", reader=MARIA, uow=uow, bonds=bonds)
    page, _ = await listing(uow, bonds, STAFF, organization_id="org-old")
    assert [d.document_id for d in page] == ["doc-old"]


async def test_staff_list_everything_they_issued(uow, blobs, clock, signer, bonds) -> None:
    await issue(uow, blobs, clock, signer, "org-1", "doc-1")
    await issue(uow, blobs, clock, signer, "org-2", "doc-2", key="BR:CNPJ:27491536000103")
    page, _ = await listing(uow, bonds, STAFF)
    assert {d.document_id for d in page} == {"doc-1", "doc-2"}


async def test_download_link_is_short_lived_and_named(uow, blobs, clock, signer) -> None:
    bonds = FakeBonds(("maria", ACME))
    document = await issue(uow, blobs, clock, signer, "org-1", "doc-1")
    link = await download_link(
        "doc-1",
        reader=MARIA,
        uow=uow,
        blobs=blobs,
        bonds=bonds,
        clock=clock,
        valid_for=timedelta(minutes=5),
    )
    assert link.expires_at == clock.now() + timedelta(minutes=5)
    assert link.file_name == f"{document.number}.pdf"
    assert link.url.startswith(f"https://s3.test/{document.object_key}?expires=300")


# --- filters and pagination --------------------------------------------------------------


def stored(
    uow, number: str, day: int, *, org: str = "org-1", kind=DocumentKind.REGISTRATION_RECEIPT
):
    document = Document.issue(
        document_id=f"doc-{number}",
        organization_id=org,
        kind=kind,
        number=number,
        content=Content(b"%PDF-" + number.encode(), "application/pdf"),
        now=datetime(2026, 11, day, 12, tzinfo=UTC),
        organization_tax_key=ACME,
    )
    uow.documents.rows[document.document_id] = document
    return document


async def test_filters_and_newest_first_pages(uow, bonds) -> None:
    for day, number in enumerate(["RR-2026-000001", "RR-2026-000002", "XX-2026-000003"], 1):
        stored(uow, number, day)
    stored(uow, "RR-2026-000009", 9, org="org-2")
    page, _ = await listing(uow, bonds, STAFF, organization_id="org-1")
    assert [d.number for d in page] == ["XX-2026-000003", "RR-2026-000002", "RR-2026-000001"]
    page, _ = await listing(uow, bonds, STAFF, organization_id="org-1", number_prefix="RR-")
    assert [d.number for d in page] == ["RR-2026-000002", "RR-2026-000001"]
    page, _ = await listing(
        uow,
        bonds,
        STAFF,
        organization_id="org-1",
        created_from=datetime(2026, 11, 2, tzinfo=UTC),
        created_before=datetime(2026, 11, 3, tzinfo=UTC),
    )
    assert [d.number for d in page] == ["RR-2026-000002"]
    page, _ = await listing(uow, bonds, STAFF, organization_id="org-1", kind="certificate")
    assert page == []

    seen, token = [], ""
    while True:
        page, token = await list_documents(
            reader=STAFF,
            where=DocumentFilter(organization_id="org-1"),
            page_token=token or "",
            page_size=2,
            uow=uow,
            bonds=bonds,
        )
        seen += [d.number for d in page]
        if token is None:
            break
        assert decode_position(token) is not None
    assert seen == ["XX-2026-000003", "RR-2026-000002", "RR-2026-000001"]
    assert decode_position("not a token!") is None


# --- cache -------------------------------------------------------------------------------


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_answers_are_cached_per_subject_and_key_until_expiry() -> None:
    source, ticks = FakeBonds(("maria", ACME)), Ticks()
    cached = CachedBonds(source, ttl_seconds=30, clock=ticks)
    assert await cached.bonded(subject="maria", tax_key=ACME)
    assert await cached.bonded(subject="maria", tax_key=ACME)
    assert not await cached.bonded(subject="joao", tax_key=ACME)
    assert source.asked == 2
    source.pairs.clear()  # the bond ends
    ticks.now += 29.9
    assert await cached.bonded(subject="maria", tax_key=ACME)
    ticks.now += 0.2
    assert not await cached.bonded(subject="maria", tax_key=ACME)
    assert source.asked == 3


async def test_cache_longer_than_30_seconds_is_refused_and_zero_disables() -> None:
    with pytest.raises(ValueError):
        CachedBonds(FakeBonds(), ttl_seconds=31)
    source = FakeBonds(("maria", ACME))
    cached = CachedBonds(source, ttl_seconds=0)
    await cached.bonded(subject="maria", tax_key=ACME)
    await cached.bonded(subject="maria", tax_key=ACME)
    assert source.asked == 2


async def test_cache_stays_bounded() -> None:
    source, ticks = FakeBonds(), Ticks()
    cached = CachedBonds(source, ttl_seconds=30, clock=ticks, max_entries=4)
    for n in range(10):
        await cached.bonded(subject=f"p{n}", tax_key=ACME)
    assert len(cached._answers) <= 4


# --- tax keys ----------------------------------------------------------------------------


def test_tax_keys_from_the_registry_event() -> None:
    assert tax_key(scheme="NIPC", value="500000000") == ACME
    assert tax_key(scheme="cnpj", value="27491536000103", country="") == "BR:CNPJ:27491536000103"
    assert tax_key(scheme="FOREIGN", value="X1", country="de") == "DE:FOREIGN:X1"
    assert tax_key(scheme="FOREIGN", value="X1") == ""
    proto = registry_pb2.TaxId(scheme=registry_pb2.TAX_ID_SCHEME_NIPC, value="500000000")
    assert organization_tax_key(proto) == ACME
    assert organization_tax_key(registry_pb2.TaxId(value="1")) == ""
