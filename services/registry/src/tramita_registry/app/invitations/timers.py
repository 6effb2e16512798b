"""What the invitation timers do when they fire (run by `python -m tramita_registry timers`).

Each handler runs in the timer worker's transaction: its changes, its events and the
timer's "fired" mark commit together, once. A timer of an earlier issue of the code, or
of an invitation that moved on, does nothing.

Sending: the code is drawn, its hash written, then the e-mail handed to the notifications
service with an idempotency key naming that code. Should the transaction fail after the
hand-over, the timer fires again with a new code and a new key: the entity may then get
two e-mails of which only the later code works — never a working code nobody received.
"""

from collections.abc import Mapping
from typing import Any

from tramita_registry.app.invitations.common import (
    EXPIRE,
    KEPT,
    REGISTRATION_LINK,
    REMIND,
    InvitationDeps,
    timer_key,
    timer_payload,
)
from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.codes import code_hash
from tramita_registry.domain.invitations import Invitation, InvitationStatus


async def _current(
    work: UnitOfWork, payload: Mapping[str, Any], status: InvitationStatus
) -> Invitation | None:
    invitation = await work.invitations.get(str(payload.get("invitation_id", "")))
    if invitation is None or invitation.status is not status:
        return None
    if invitation.issue != int(payload.get("issue", -1)):
        return None
    return invitation


async def _coordinator(work: UnitOfWork, invitation: Invitation) -> tuple[str, str]:
    entity = await work.authorities.get(invitation.inviting_entity_id)
    if entity is None:
        return "", ""
    return entity.profile.official_name, entity.profile.contacts.email


def _expires_on(deps: InvitationDeps, invitation: Invitation) -> str:
    assert invitation.expires_at is not None
    return deps.rules.expires_on(invitation.country, invitation.expires_at).isoformat()


async def send_invitation(
    work: UnitOfWork, deps: InvitationDeps, payload: Mapping[str, Any]
) -> bool:
    """The night it goes out: a fresh code, its validity, the reminder and expiry timers,
    then the e-mail. False when the timer had nothing to do."""
    assert deps.mailer is not None, "the timers process sends invitations"
    async with work:
        invitation = await _current(work, payload, InvitationStatus.SENT)
        if invitation is None:
            return False
        name, email = await _coordinator(work, invitation)
        code = deps.new_code()
        hashed = code_hash(code)
        now = deps.now()
        expires_at = deps.rules.expires_at(now)
        invitation.dispatch(code_hash=hashed, now=now, expires_at=expires_at)
        reminder_at = deps.rules.reminder_at(expires_at)
        if reminder_at > now:
            await work.timers.schedule(
                REMIND, timer_key(invitation), reminder_at, timer_payload(invitation)
            )
        await work.timers.schedule(
            EXPIRE, timer_key(invitation), expires_at, timer_payload(invitation)
        )
        await work.commit()
        await deps.mailer.send_invitation(
            email=invitation.email,
            language=invitation.language,
            link=REGISTRATION_LINK,
            params={
                "coordinator_name": name,
                "coordinator_email": email,
                "registration_code": code,
                "expires_on": _expires_on(deps, invitation),
            },
            idempotency_key=f"invitation:{invitation.invitation_id}:{hashed[:24]}",
        )
        return True


async def remind_invitation(
    work: UnitOfWork, deps: InvitationDeps, payload: Mapping[str, Any]
) -> bool:
    """Five days before the end, an entity that has not registered is reminded (§3.1.2.1)."""
    async with work:
        invitation = await _current(work, payload, InvitationStatus.AWAITING_REGISTRATION)
        if invitation is None:
            return False
        name, email = await _coordinator(work, invitation)
        invitation.remind(
            coordinator_name=name,
            coordinator_email=email,
            expires_on=_expires_on(deps, invitation),
            link=REGISTRATION_LINK,
        )
        await work.commit()
        return True


async def expire_invitation(
    work: UnitOfWork, deps: InvitationDeps, payload: Mapping[str, Any]
) -> bool:
    """The code's 30 days are over: the invitation expires (it may be re-issued)."""
    async with work:
        invitation = await _current(work, payload, InvitationStatus.AWAITING_REGISTRATION)
        if invitation is None:
            return False
        invitation.expire(deps.now())
        await work.commit()
        return True


async def purge_invitation(
    work: UnitOfWork, deps: InvitationDeps, payload: Mapping[str, Any]
) -> bool:
    """Closed invitations leave the list after their keeping period (§9.1.3)."""
    async with work:
        invitation = await work.invitations.get(str(payload.get("invitation_id", "")))
        if invitation is None or invitation.status.value != payload.get("status"):
            return False
        kept = KEPT.get(invitation.status)
        if kept is None or invitation.status_changed_at + kept > deps.now():
            return False
        await work.invitations.remove(invitation)
        await work.commit()
        return True
