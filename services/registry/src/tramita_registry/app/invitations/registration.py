"""Self-registration with a registration code (IMI guide §3.1.2.2, §9.1.3.4), and what the
coordinator's decision on it does to the invitation.

The visitor has no account: the gateway's service account calls for it. The entity is
registered with the default roles (competent authority; authority in each invited
workflow), its accesses requested, its validating and access coordinator the inviting
one; the code is used up; the coordinator is told (InvitationRegistered) and the entity
gets a confirmation with the summary (AuthoritySelfRegistered), without the username.
"""

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from tramita_registry.app.authorities.common import fingerprint
from tramita_registry.app.invitations.commands import SelfRegister
from tramita_registry.app.invitations.common import (
    EXPIRE,
    REMIND,
    InvitationDeps,
    check_unique_emails,
    schedule_purge,
    timer_key,
)
from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.access import AreaGrant, WorkflowGrant
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.codes import code_hash, well_formed
from tramita_registry.domain.errors import (
    InvalidField,
    RegistrationCodeInvalid,
    RegistrationCodeRefused,
)
from tramita_registry.domain.events import (
    AuthoritySelfRegistered,
    InvitationRegistered,
    InvitationValidated,
)
from tramita_registry.domain.invitations import (
    FirstUser,
    Invitation,
    InvitationStatus,
    email_key,
    first_user,
)
from tramita_registry.domain.roles import AdminRole
from tramita_registry.domain.statuses import EntityStatus
from tramita_registry.domain.usernames import propose_username

PUBLIC_KEY_PREFIX = "self-registration:"


@dataclass(frozen=True, slots=True)
class CodeCheck:
    """What a valid code unlocks: the invitation and its inviting coordinator."""

    invitation: Invitation
    coordinator: Authority


@dataclass(frozen=True, slots=True)
class Registered:
    """The summary the registrant must keep (the only place the username appears)."""

    authority: Authority
    invitation: Invitation
    coordinator: Authority

    @property
    def user(self) -> FirstUser:
        assert self.invitation.first_user is not None
        return self.invitation.first_user


async def _usable(work: UnitOfWork, deps: InvitationDeps, code: str) -> CodeCheck:
    if not well_formed(code):
        raise RegistrationCodeInvalid()
    invitation = await work.invitations.by_code_hash(code_hash(code))
    if invitation is None:
        raise RegistrationCodeInvalid()
    refusal = invitation.code_refusal(deps.now())
    if refusal is not None:
        raise RegistrationCodeRefused(refusal)
    entity = await work.authorities.get(invitation.inviting_entity_id)
    if entity is None or entity.status is not EntityStatus.ACTIVE:
        raise RegistrationCodeRefused("WITHDRAWN")
    return CodeCheck(invitation, entity)


async def check_registration_code(code: str, *, deps: InvitationDeps) -> CodeCheck:
    async with deps.uow() as work:
        return await _usable(work, deps, code)


def _grants(invitation: Invitation, command: SelfRegister) -> tuple[AreaGrant, ...]:
    """The invited areas and workflows, with the keywords the entity chose for each."""
    chosen = dict(command.keywords)
    invited = {area.area for area in invitation.areas}
    for index, area in enumerate(chosen):
        if area not in invited:
            raise InvalidField(f"areas[{index}].area", "not_invited", f"{area} is not invited")
    return tuple(
        AreaGrant(
            area=area.area,
            role=AdminRole.COMPETENT_AUTHORITY,
            keywords=tuple(chosen.get(area.area, ())),
            workflows=tuple(WorkflowGrant(w) for w in area.workflows),
        )
        for area in invitation.areas
    )


async def self_register(command: SelfRegister, *, deps: InvitationDeps) -> Registered:
    key = PUBLIC_KEY_PREFIX + command.idempotency_key if command.idempotency_key else ""
    async with deps.uow() as work:
        if key:
            earlier = await work.idempotency.recall(key=key, fingerprint=fingerprint(command))
            if earlier is not None:
                return await _replay(work, earlier)
        found = await _usable(work, deps, command.code)
        invitation, coordinator = found.invitation, found.coordinator
        registered = await _register(work, deps, command, invitation, coordinator)
        if key:
            await work.idempotency.remember(
                key=key, fingerprint=fingerprint(command), result=registered.authority.entity_id
            )
        await _confirm(deps, registered)
        await work.commit()
        return registered


async def _register(
    work: UnitOfWork,
    deps: InvitationDeps,
    command: SelfRegister,
    invitation: Invitation,
    coordinator: Authority,
) -> Registered:
    now = deps.now()
    profile = command.profile
    contacts = profile.contacts
    if not contacts.email.strip():
        contacts = dataclasses.replace(contacts, email=invitation.email)
    if not contacts.language.strip():
        contacts = dataclasses.replace(contacts, language=invitation.language)
    profile = dataclasses.replace(profile, contacts=contacts)
    # An SDIMIC's authorities are of its region (it may act only there).
    region = coordinator.region if coordinator.horizontal_role is AdminRole.SDIMIC else ""
    authority = Authority.register(
        entity_id=deps.base.new_id(),
        profile=profile,
        country=coordinator.country,
        region=region or command.region,
        horizontal_role=None,
        areas=_grants(invitation, command),
        coordinator_id=coordinator.entity_id,
        registered_by="",
        now=now,
        self_registered=True,
    )
    user = first_user(
        command.first_user_name,
        command.first_user_email,
        command.first_user_language,
        default_language=authority.profile.contacts.language,
    )
    user = dataclasses.replace(user, username=propose_username(user.name))
    await check_unique_emails(
        work,
        [("profile.contacts.email", email_key(authority.profile.contacts.email))],
        except_invitations=[invitation.invitation_id],
    )
    old_key = timer_key(invitation)
    invitation.register(entity_id=authority.entity_id, user=user, now=now)
    _record(invitation, authority)
    await work.authorities.add(authority)
    await work.timers.cancel(REMIND, old_key)
    await work.timers.cancel(EXPIRE, old_key)
    return Registered(authority, invitation, coordinator)


def _record(invitation: Invitation, authority: Authority) -> None:
    name = authority.profile.official_name
    invitation.events += [
        InvitationRegistered(
            invitation.invitation_id,
            invitation.inviting_entity_id,
            invitation.invited_by,
            authority.entity_id,
            name,
        ),
        AuthoritySelfRegistered(
            entity_id=authority.entity_id,
            invitation_id=invitation.invitation_id,
            inviting_entity_id=invitation.inviting_entity_id,
            official_name=name,
        ),
    ]


async def _confirm(deps: InvitationDeps, registered: Registered) -> None:
    """The summary (never the username) to the entity's mailbox and its first user."""
    if deps.mailer is None:
        return
    authority, user = registered.authority, registered.invitation.first_user
    assert user is not None
    contacts = authority.profile.contacts
    params = {
        "entity_name": authority.profile.official_name,
        "entity_email": contacts.email,
        "entity_phone": contacts.phone,
        "entity_address": contacts.address,
        "entity_website": contacts.website,
        "legislative_areas": ", ".join(authority.areas),
        "workflows": ", ".join(w for area in authority.areas.values() for w in area.workflows),
        "first_user_name": user.name,
        "first_user_email": user.email,
    }
    params = {key: value for key, value in params.items() if value}
    recipients = (
        ("entity", contacts.email, contacts.language),
        ("first-user", user.email, user.language),
    )
    for part, email, language in recipients:
        await deps.mailer.send_registration_confirmation(
            email=email,
            language=language,
            link=f"/authorities/{authority.entity_id}",
            params=params,
            idempotency_key=f"registration-confirmed/{authority.entity_id}/{part}",
        )


async def _replay(work: UnitOfWork, entity_id: str) -> Registered:
    authority = await work.authorities.get(entity_id)
    invitation = await work.invitations.by_registered_entity(entity_id)
    assert authority is not None and invitation is not None
    coordinator = await work.authorities.get(invitation.inviting_entity_id)
    assert coordinator is not None
    return Registered(authority, invitation, coordinator)


# -- the coordinator's decision ------------------------------------------------------------


async def on_validated(work: UnitOfWork, authority: Authority, now: datetime) -> None:
    """Validating a self-registered entity (even a refused one, later) closes its
    invitation as validated (§9.1.3.2, PRODUCT §12)."""
    invitation = await work.invitations.by_registered_entity(authority.entity_id)
    if invitation is None or invitation.status not in (
        InvitationStatus.REGISTERED,
        InvitationStatus.VALIDATION_REFUSED,
    ):
        return
    invitation.validated(now)
    invitation.events.append(
        InvitationValidated(
            invitation.invitation_id,
            invitation.inviting_entity_id,
            authority.entity_id,
            authority.profile.official_name,
        )
    )
    await schedule_purge(work, invitation, now)


async def on_refused(work: UnitOfWork, authority: Authority, now: datetime) -> None:
    """Refusing the registration leaves the invitation "validation refused" (§9.1.3.3)."""
    invitation = await work.invitations.by_registered_entity(authority.entity_id)
    if invitation is None or invitation.status is not InvitationStatus.REGISTERED:
        return
    invitation.refused(now)
    await schedule_purge(work, invitation, now)
