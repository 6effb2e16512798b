"""Consents and acting choices on real PostgreSQL: stored with their events, withdrawal
recorded (never deleted), company actions refused without consent, the choice kept."""

import json
from datetime import timedelta

import pytest
from sqlalchemy import text
from tramita.identity.events.v1 import events_pb2
from tramita_identity.app.acting import acting_for, set_acting_for
from tramita_identity.app.commands import LinkMember, MemberRef
from tramita_identity.app.consents import (
    consent_status,
    give_consent,
    list_consents,
    withdraw_consent,
)
from tramita_identity.app.handlers import link_member
from tramita_identity.domain.consents import ITEMS, PORTAL, PORTAL_TERMS, ConsentState
from tramita_identity.domain.errors import ConsentRequired
from tramita_platform.events import unpack
from tramita_platform.ids import new_id

from .test_sql_identity import ACME, BETA, login, outbox

pytestmark = pytest.mark.integration


async def test_consent_round_trip_with_events_and_history(engine, uow, clock) -> None:
    await login(uow, clock, "rita", consent=False, certificate_cnpj=ACME[8:])
    await login(uow, clock, "mario", consent=False)
    link = LinkMember("rita", ACME, MemberRef(person_id="mario"))
    with pytest.raises(ConsentRequired):
        await link_member(link, uow=uow, clock=clock, new_id=new_id)

    given = await give_consent(
        "rita", PORTAL, list(ITEMS), PORTAL_TERMS.text_version, uow=uow, clock=clock, new_id=new_id
    )
    assert not (await consent_status("rita", PORTAL, uow=uow)).required
    await link_member(link, uow=uow, clock=clock, new_id=new_id)

    clock.advance(timedelta(minutes=1))
    await withdraw_consent("rita", given.consent.consent_id, uow=uow, clock=clock)
    assert (await consent_status("rita", PORTAL, uow=uow)).required
    (view,), _ = await list_consents("rita", after=None, page_size=10, uow=uow)
    assert view.state is ConsentState.WITHDRAWN
    assert view.consent.items == ITEMS
    assert view.consent.withdrawn_at == clock.now()

    async with engine.connect() as conn:
        count = (await conn.execute(text("SELECT count(*) FROM consents"))).scalar_one()
    assert count == 1
    found = [(e, key) for e, key in await outbox(engine) if "Consent" in e.type]
    cid = given.consent.consent_id
    assert [(e.type, e.subject, key) for e, key in found] == [
        ("tramita.identity.ConsentGiven.v1", cid, cid),
        ("tramita.identity.ConsentWithdrawn.v1", cid, cid),
    ]
    payload = unpack(found[1][0], events_pb2.ConsentWithdrawn)
    assert (payload.person_id, list(payload.items)) == ("rita", list(ITEMS))


async def test_the_acting_choice_is_kept_and_replaced(uow, clock) -> None:
    bonds = json.dumps(
        [{"cnpj": ACME[8:], "vinculo": "socio"}, {"cnpj": BETA[8:], "vinculo": "contador"}]
    )
    await login(uow, clock, "duo", cnpj_bonds=bonds)
    assert await acting_for("duo", named="", uow=uow, clock=clock) is None
    await set_acting_for("duo", BETA, uow=uow, clock=clock)
    assert (await acting_for("duo", named="", uow=uow, clock=clock)).organization_id == BETA
    await set_acting_for("duo", ACME, uow=uow, clock=clock)
    found = await acting_for("duo", named="", uow=uow, clock=clock)
    assert (found.organization_id, found.source) == (ACME, "chosen")
    await set_acting_for("duo", "", uow=uow, clock=clock)
    assert await acting_for("duo", named="", uow=uow, clock=clock) is None
