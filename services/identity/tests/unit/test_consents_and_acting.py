"""Consent (PRODUCT §3.1) and acting-as (ADR 0008): the rules, the refusal of company
actions until consent, withdrawal stopping them at once, and the active organization."""

import dataclasses
import json
from datetime import timedelta

import pytest
from tramita.identity.v1 import identity_pb2 as pb
from tramita_identity.app.acting import acting_for, set_acting_for
from tramita_identity.app.authorize import AuthorizeQuestion, authorize
from tramita_identity.app.commands import GrantDelegation, LinkMember, MemberRef
from tramita_identity.app.consents import (
    consent_status,
    give_consent,
    list_consents,
    withdraw_consent,
)
from tramita_identity.app.handlers import grant_delegation, link_member
from tramita_identity.domain.consents import (
    ITEMS,
    PORTAL,
    PORTAL_TERMS,
    Consent,
    ConsentState,
    terms_for,
)
from tramita_identity.domain.errors import (
    ConsentNotFound,
    ConsentRequired,
    InvalidField,
    OrganizationNotFound,
    WrongState,
)
from tramita_identity.domain.events import ConsentGiven, ConsentWithdrawn
from tramita_platform.errors import FailedPrecondition, NotFound

from . import test_grpc_servicer as grpc_tests
from .conftest import ACME, BETA, START
from .test_grpc_servicer import TOKENS, as_, refused

stub = grpc_tests.stub  # the in-process gRPC server fixture
VERSION = PORTAL_TERMS.text_version
PET = "metrology-work-request"
BOTH = json.dumps(
    [{"cnpj": ACME[8:], "vinculo": "socio"}, {"cnpj": BETA[8:], "vinculo": "contador"}]
)


async def give(uow, clock, ids, person="rita", items=ITEMS, version=VERSION, service=PORTAL):
    return await give_consent(
        person, service, list(items), version, uow=uow, clock=clock, new_id=ids
    )


# ------------------------------------------------------------------------------ rules


def test_the_portal_asks_every_item_the_photo_optional() -> None:
    assert PORTAL_TERMS.items == ITEMS
    assert "photo" not in PORTAL_TERMS.required
    assert terms_for("") == PORTAL_TERMS
    assert terms_for(PET).required == ()
    with pytest.raises(InvalidField) as caught:
        terms_for("Not A Code!")
    assert caught.value.field == "service"


@pytest.mark.parametrize(
    ("items", "version", "field"),
    [
        (["name", "shoe_size"], VERSION, "items"),
        (["name", "email"], VERSION, "items"),  # required items missing
        (list(ITEMS), "2020-old", "text_version"),
    ],
)
def test_a_consent_names_known_items_and_the_current_text(items, version, field) -> None:
    with pytest.raises(InvalidField) as caught:
        Consent.give(
            consent_id="c",
            person_id="p",
            terms=PORTAL_TERMS,
            items=items,
            text_version=version,
            now=START,
        )
    assert caught.value.field == field


def test_a_new_text_version_outdates_a_consent_and_withdrawal_is_recorded_once() -> None:
    required = list(PORTAL_TERMS.required)
    consent = Consent.give(
        consent_id="c",
        person_id="p",
        terms=PORTAL_TERMS,
        items=required,
        text_version=VERSION,
        now=START,
    )
    assert consent.items == PORTAL_TERMS.required  # in the terms' order, without the photo
    assert consent.state(PORTAL_TERMS) is ConsentState.CURRENT
    newer = dataclasses.replace(PORTAL_TERMS, text_version="2027-01-portal-v2")
    assert consent.state(newer) is ConsentState.OUTDATED
    consent.withdraw(START + timedelta(hours=1))
    assert consent.state(PORTAL_TERMS) is ConsentState.WITHDRAWN
    with pytest.raises(WrongState):
        consent.withdraw(START + timedelta(hours=2))
    assert [type(e) for e in consent.events] == [ConsentGiven, ConsentWithdrawn]


# ------------------------------------------------------------------------- use cases


async def test_giving_withdrawing_and_the_history(uow, clock, ids) -> None:
    assert (await consent_status("rita", "", uow=uow)).required
    first = await give(uow, clock, ids)
    again = await give(uow, clock, ids)
    assert again.consent.consent_id == first.consent.consent_id  # nothing new recorded
    status = await consent_status("rita", PORTAL, uow=uow)
    assert not status.required and status.current.consent_id == first.consent.consent_id
    assert uow.published == [ConsentGiven(first.consent.consent_id, "rita", PORTAL, ITEMS, VERSION)]

    clock.advance(timedelta(minutes=5))
    withdrawn = await withdraw_consent("rita", first.consent.consent_id, uow=uow, clock=clock)
    assert withdrawn.state is ConsentState.WITHDRAWN
    assert (await consent_status("rita", PORTAL, uow=uow)).required
    assert uow.published[-1] == ConsentWithdrawn(first.consent.consent_id, "rita", PORTAL, ITEMS)
    with pytest.raises(WrongState):
        await withdraw_consent("rita", first.consent.consent_id, uow=uow, clock=clock)
    with pytest.raises(ConsentNotFound):  # another person's consent is never found
        await withdraw_consent("bruno", first.consent.consent_id, uow=uow, clock=clock)

    clock.advance(timedelta(minutes=5))
    second = await give(uow, clock, ids, items=PORTAL_TERMS.required)
    page, cursor = await list_consents("rita", after=None, page_size=1, uow=uow)
    assert [v.consent.consent_id for v in page] == [second.consent.consent_id]
    rest, end = await list_consents("rita", after=cursor, page_size=5, uow=uow)
    assert [(v.consent.consent_id, v.state) for v in rest] == [
        (first.consent.consent_id, ConsentState.WITHDRAWN)
    ]
    assert end is None
    assert len(uow.consents.rows) == 2  # withdrawn, never deleted


async def test_company_actions_wait_for_consent_and_stop_at_withdrawal(
    uow, clock, ids, login
) -> None:
    await login("rita", consent=False, certificate_cnpj=ACME[8:])
    await login("mario")
    link = LinkMember("rita", ACME, MemberRef(person_id="mario"))
    with pytest.raises(ConsentRequired) as caught:
        await link_member(link, uow=uow, clock=clock, new_id=ids)
    assert "consent required" in str(caught.value)

    given = await give(uow, clock, ids)
    await link_member(link, uow=uow, clock=clock, new_id=ids)
    grant = GrantDelegation("rita", ACME, MemberRef(person_id="mario"), (PET,))
    await grant_delegation(grant, uow=uow, clock=clock, new_id=ids)

    await withdraw_consent("rita", given.consent.consent_id, uow=uow, clock=clock)
    with pytest.raises(ConsentRequired):
        await grant_delegation(
            dataclasses.replace(grant, process_types=("other",)), uow=uow, clock=clock, new_id=ids
        )

    actor = await login("mario")
    question = AuthorizeQuestion("", ACME, "open-process", PET)
    assert (
        await authorize(question, actor=actor, uow=uow, clock=clock, new_id=ids)
    ).decision.allowed
    mario_consent = (await consent_status("mario", PORTAL, uow=uow)).current
    await withdraw_consent("mario", mario_consent.consent_id, uow=uow, clock=clock)
    with pytest.raises(ConsentRequired):
        await authorize(question, actor=actor, uow=uow, clock=clock, new_id=ids)


async def test_without_a_bond_the_company_stays_not_found_even_unconsented(
    uow, clock, ids, login
) -> None:
    await login("rita", certificate_cnpj=ACME[8:])
    await login("nobody", consent=False)
    link = LinkMember("nobody", ACME, MemberRef(person_id="rita"))
    with pytest.raises(OrganizationNotFound):
        await link_member(link, uow=uow, clock=clock, new_id=ids)


# ----------------------------------------------------------------------- acting-as


async def test_the_active_organization_follows_the_choice_and_the_bonds(
    uow, clock, ids, login
) -> None:
    await login("rita", certificate_cnpj=ACME[8:])
    assert (await acting_for("rita", named="", uow=uow, clock=clock)).source == "only"
    await login("duo", cnpj_bonds=BOTH)
    assert await acting_for("duo", named="", uow=uow, clock=clock) is None  # two: choose

    chosen = await set_acting_for("duo", f"CNPJ:{BETA[8:]}", uow=uow, clock=clock)
    assert (chosen.organization_id, chosen.capabilities.role.value) == (BETA, "member")
    now = await acting_for("duo", named="", uow=uow, clock=clock)
    assert (now.organization_id, now.source) == (BETA, "chosen")
    switched = await set_acting_for("duo", ACME, uow=uow, clock=clock)
    assert switched.capabilities.process_types == ("*",)
    named = await acting_for("duo", named=BETA, uow=uow, clock=clock)
    assert (named.organization_id, named.source) == (BETA, "header")
    assert (await acting_for("duo", named="", uow=uow, clock=clock)).organization_id == ACME

    with pytest.raises(OrganizationNotFound):
        await set_acting_for("rita", BETA, uow=uow, clock=clock)
    with pytest.raises(OrganizationNotFound):
        await acting_for("rita", named=BETA, uow=uow, clock=clock)
    with pytest.raises(InvalidField):
        await acting_for("rita", named="BR:CNPJ:11222333000182", uow=uow, clock=clock)

    # gov.br no longer lists the ACME bond: the choice lapses, BETA is the only one left.
    await login("duo", cnpj_bonds=json.dumps([{"cnpj": BETA[8:], "vinculo": "contador"}]))
    left = await acting_for("duo", named="", uow=uow, clock=clock)
    assert (left.organization_id, left.source) == (BETA, "only")
    assert await set_acting_for("duo", "", uow=uow, clock=clock) is None


# ------------------------------------------------------------------------------ gRPC


@pytest.fixture
def nova(stub, monkeypatch) -> str:
    """Nova logs in with bonds in two companies and has not consented yet."""
    monkeypatch.setitem(TOKENS, "nova", {"sub": "nova", "name": "Nova", "cnpj_bonds": BOTH})
    return "nova"


async def test_whoami_asks_for_consent_and_names_the_active_company(stub, nova) -> None:
    me = await stub.WhoAmI(pb.WhoAmIRequest(), metadata=as_(nova))
    assert me.consent_required
    assert me.consent.text_version == VERSION
    assert {(i.code, i.required) for i in me.consent.items} >= {("photo", False), ("name", True)}
    assert not me.active_organization_id and not me.HasField("acts_for")

    error = await refused(
        stub.LinkMember(
            pb.LinkMemberRequest(organization_id=ACME, member=pb.PersonRef(person_id="rita")),
            metadata=as_(nova),
        )
    )
    assert isinstance(error, FailedPrecondition) and error.reason == "CONSENT_REQUIRED"

    given = await stub.GiveConsent(
        pb.GiveConsentRequest(items=list(ITEMS), text_version=VERSION), metadata=as_(nova)
    )
    assert given.consent.state == "current" and given.consent.service == PORTAL
    chosen = await stub.SetActingFor(
        pb.SetActingForRequest(organization_id=BETA), metadata=as_(nova)
    )
    assert (chosen.acts_for.role, chosen.acts_for.actor_person_id) == ("member", nova)
    me = await stub.WhoAmI(pb.WhoAmIRequest(), metadata=as_(nova))
    assert not me.consent_required
    assert (me.active_organization_id, me.acts_for.source) == (BETA, "chosen")
    header = await stub.WhoAmI(pb.WhoAmIRequest(), metadata=(*as_(nova), ("x-acting-for", ACME)))
    assert (header.acts_for.organization_id, header.acts_for.role) == (
        ACME,
        "legal_representative",
    )
    missing = await refused(
        stub.SetActingFor(pb.SetActingForRequest(organization_id=BETA), metadata=as_("rita"))
    )
    assert isinstance(missing, NotFound)

    listed = await stub.ListConsents(pb.ListConsentsRequest(), metadata=as_(nova))
    withdrawn = await stub.WithdrawConsent(
        pb.WithdrawConsentRequest(consent_id=listed.consents[0].consent_id), metadata=as_(nova)
    )
    assert withdrawn.consent.state == "withdrawn" and withdrawn.consent.HasField("withdrawn_at")
    status = await stub.GetConsentStatus(pb.GetConsentStatusRequest(), metadata=as_(nova))
    assert status.status.consent_required
