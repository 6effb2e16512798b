"""The policy point: one audited decision per question, read from the current ledger."""

from collections.abc import Callable
from dataclasses import dataclass

from tramita_identity.app.consents import require_portal_consent
from tramita_identity.app.login_sync import Actor
from tramita_identity.app.ports import AuditedDecision, Clock, IdGenerator, UnitOfWork
from tramita_identity.domain.authorization import ACTIONS, decide_open_process
from tramita_identity.domain.bonds import Role
from tramita_identity.domain.delegations import valid_process_type
from tramita_identity.domain.errors import InvalidField, NotPermitted
from tramita_identity.domain.tax_ids import parse_tax_key


@dataclass(frozen=True, slots=True)
class AuthorizeQuestion:
    """May `subject` ("" = the caller) do `action` on `process_type` for the organization?"""

    subject: str
    organization_id: str
    action: str
    process_type: str


async def authorize(
    question: AuthorizeQuestion,
    *,
    actor: Actor,
    uow: Callable[[], UnitOfWork],
    clock: Clock,
    new_id: IdGenerator,
) -> AuditedDecision:
    subject = question.subject.strip() or actor.person_id
    if subject != actor.person_id and not actor.is_service:
        raise NotPermitted(
            "ask about another person",
            "NOT_A_SERVICE",
            "only services ask the policy point about someone else",
        )
    if question.action not in ACTIONS:
        allowed = ", ".join(sorted(ACTIONS))
        raise InvalidField("action", "one_of", f"action must be one of: {allowed}")
    process_type = valid_process_type(question.process_type)
    organization = parse_tax_key(question.organization_id).key
    async with uow() as work:
        ledger = await work.ledgers.get(organization)
        now = clock.now()
        if ledger is not None and ledger.role_of(subject, now) is not Role.NONE:
            await require_portal_consent(work, subject, "open processes for the company")
        decision = decide_open_process(
            ledger, organization=organization, person_id=subject, process_type=process_type, now=now
        )
        audited = AuditedDecision(
            decision_id=new_id(),
            decided_at=now,
            subject=subject,
            organization_id=organization,
            action=question.action,
            process_type=process_type,
            decision=decision,
            asked_by=actor.person_id,
        )
        await work.decisions.record(audited)
        await work.commit()
    return audited
