"""SendDirect on real PostgreSQL: secrets sealed, a rejection for someone without an
account sent directly but not sealed, other kinds refused, retries queue nothing new."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from tramita_notifications.adapters.orm import messages
from tramita_notifications.adapters.templates import JinjaRenderer
from tramita_notifications.adapters.unit_of_work import SqlUnitOfWork
from tramita_notifications.app.direct import NotADirectKind, SendDirect, send_direct
from tramita_notifications.domain.model import Channel

pytestmark = pytest.mark.integration

NOW = datetime(2030, 5, 6, 9, tzinfo=UTC)


async def direct(sessions, sealer, command: SendDirect) -> str:
    return await send_direct(
        command,
        uow=lambda: SqlUnitOfWork(sessions, sealer=sealer),
        renderer=JinjaRenderer("https://portal.example"),
        now=NOW,
    )


async def stored(sessions, message_id: str):
    async with sessions() as session:
        query = select(messages).where(messages.c.message_id == message_id)
        return (await session.execute(query)).mappings().one()


async def test_a_rejection_reaches_the_applicant_directly_and_is_not_sealed(
    sessions, sealer
) -> None:
    command = SendDirect(
        kind="access_request.rejected",
        channel=Channel.EMAIL,
        address="rui@example.pt",
        language="pt-PT",
        idempotency_key="tramita-identity:reject-1",
        link="/access-request",
        params={"reason": "Sem vínculo à administração pública"},
    )
    first = await direct(sessions, sealer, command)
    again = await direct(sessions, sealer, command)
    assert first == again
    row = await stored(sessions, first)
    assert (row["secret"], row["address"]) == (False, "rui@example.pt")
    assert "Sem vínculo à administração pública" in row["body"]


async def test_a_code_is_sealed_at_rest(sessions, sealer) -> None:
    command = SendDirect(
        kind="login.one_time_code",
        channel=Channel.EMAIL,
        address="ana@example.pt",
        language="pt-PT",
        idempotency_key="tramita-identity:otp-1",
        params={"code": "482913", "valid_minutes": "10"},
    )
    row = await stored(sessions, await direct(sessions, sealer, command))
    assert row["secret"] and "482913" not in row["body"]
    assert "482913" in sealer.open(row["body"])


async def test_an_event_kind_is_not_sent_directly(sessions, sealer) -> None:
    command = SendDirect(
        kind="request.received",
        channel=Channel.EMAIL,
        address="x@example.pt",
        language="en",
        idempotency_key="k",
        params={"reference": "1"},
    )
    with pytest.raises(NotADirectKind):
        await direct(sessions, sealer, command)
