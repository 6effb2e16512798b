"""Audit logs: the policy point's decisions and the reads of personal data."""

from sqlalchemy.ext.asyncio import AsyncSession

from tramita_identity.adapters.orm import (
    account_actions,
    authorization_decisions,
    personal_data_reads,
)
from tramita_identity.app.ports import AccountAction, AuditedDecision, PersonalDataRead


class SqlDecisionLog:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, audited: AuditedDecision) -> None:
        decision = audited.decision
        await self._session.execute(
            authorization_decisions.insert().values(
                decision_id=audited.decision_id,
                decided_at=audited.decided_at,
                subject=audited.subject,
                organization_id=audited.organization_id,
                action=audited.action,
                process_type=audited.process_type,
                allowed=decision.allowed,
                reason=decision.reason.value,
                role=decision.role.value,
                delegation_id=decision.delegation_id,
                asked_by=audited.asked_by,
            )
        )


class SqlPersonalDataLog:
    """The audit of personal-data reads (`personal_data_reads`)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, reads: list[PersonalDataRead]) -> None:
        if not reads:
            return
        await self._session.execute(
            personal_data_reads.insert(),
            [
                {
                    "read_id": r.read_id,
                    "read_at": r.read_at,
                    "reader": r.reader,
                    "person_id": r.person_id,
                    "fields": r.fields,
                    "purpose": r.purpose,
                }
                for r in reads
            ],
        )


class SqlAccountLog:
    """Who decided what about access requests and accounts (`account_actions`)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, entry: AccountAction) -> None:
        await self._session.execute(
            account_actions.insert().values(
                action_id=entry.action_id,
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                subject_id=entry.subject_id,
                entity_id=entry.entity_id,
                detail=entry.detail[:500],
            )
        )
