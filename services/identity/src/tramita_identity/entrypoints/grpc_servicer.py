"""IdentityService over gRPC: proto → command → handler → proto, nothing else.

Every call first brings the caller's person and asserted bonds up to date (`_actor`).
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

import grpc
from tramita.common.v1 import pagination_pb2
from tramita.identity.v1 import identity_pb2, identity_pb2_grpc
from tramita_platform.auth import require_principal

from tramita_identity.app import acting, commands, consents, handlers, queries
from tramita_identity.app.access_requests import AccessPorts
from tramita_identity.app.authority_users import UserPorts
from tramita_identity.app.authorize import AuthorizeQuestion, authorize
from tramita_identity.app.contacts import ContactReader, get_contact_points
from tramita_identity.app.login_sync import Actor, sync_login
from tramita_identity.app.ports import Clock, IdGenerator, UnitOfWork
from tramita_identity.domain.caller import Caller
from tramita_identity.domain.login import read_login
from tramita_identity.entrypoints import grpc_mapping as to
from tramita_identity.entrypoints.accounts_servicer import AccountsMethods
from tramita_identity.entrypoints.consent_servicer import ConsentMethods, acting_for_metadata
from tramita_identity.entrypoints.grpc_mapping import member_ref, optional_time

type Context = grpc.aio.ServicerContext
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IdentityDependencies:
    uow: Callable[[], UnitOfWork]
    clock: Clock
    new_id: IdGenerator
    # Service clients allowed to read contact points (GetContactPoints).
    contact_readers: frozenset[str] = frozenset()
    # Service clients handing in access requests for anonymous visitors (the portal).
    access_portals: frozenset[str] = frozenset()
    access: AccessPorts | None = None
    users: UserPorts | None = None


def _page(cursor: str | None) -> pagination_pb2.PageResponse:
    return pagination_pb2.PageResponse(next_page_token=cursor or "")


class IdentityServicer(AccountsMethods, ConsentMethods, identity_pb2_grpc.IdentityServiceServicer):
    def __init__(self, deps: IdentityDependencies) -> None:
        self._deps = deps
        self._reads = {"uow": deps.uow, "clock": deps.clock}

    async def _actor(self) -> Actor:
        principal = require_principal()
        login = read_login(principal.claims, subject=principal.subject, username=principal.username)
        if login.ignored:  # CNPJs and claim names only: no personal data
            log.warning("unreadable login claims ignored", extra={"ignored": list(login.ignored)})
        deps = self._deps
        return await sync_login(login, uow=deps.uow, clock=deps.clock, new_id=deps.new_id)

    async def WhoAmI(
        self, request: identity_pb2.WhoAmIRequest, context: Context
    ) -> identity_pb2.WhoAmIResponse:
        actor = await self._actor()
        principal = require_principal()
        reply = identity_pb2.WhoAmIResponse(
            subject=principal.subject,
            username=principal.username or "",
            roles=list(
                Caller.of(
                    subject=principal.subject,
                    username=principal.username,
                    roles=principal.roles,
                    active_organization=None,
                ).roles
            ),
        )
        if actor.is_service:
            return reply
        # The active organization comes from identity's ledger (metadata x-acting-for or
        # the person's choice), never from an unchecked token claim (ADR 0008).
        found = await acting.acting_for(
            actor.person_id, named=acting_for_metadata(context), **self._reads
        )
        status = await consents.consent_status(actor.person_id, "", uow=self._deps.uow)
        reply.consent_required = status.required
        reply.consent.CopyFrom(to.consent_status_proto(status))
        if found is not None:
            reply.active_organization_id = found.organization_id
            reply.acts_for.CopyFrom(to.acts_for_proto(found))
        return reply

    async def ListMyOrganizations(
        self, request: identity_pb2.ListMyOrganizationsRequest, context: Context
    ) -> identity_pb2.ListMyOrganizationsResponse:
        actor = await self._actor()
        found, cursor = await queries.list_my_organizations(
            actor.person_id,
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            **self._reads,
        )
        return identity_pb2.ListMyOrganizationsResponse(
            organizations=[to.my_organization_proto(f) for f in found], page=_page(cursor)
        )

    async def ListOrganizationBonds(
        self, request: identity_pb2.ListOrganizationBondsRequest, context: Context
    ) -> identity_pb2.ListOrganizationBondsResponse:
        actor = await self._actor()
        bonds, cursor = await queries.list_bonds(
            actor.person_id,
            request.organization_id,
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            **self._reads,
        )
        return identity_pb2.ListOrganizationBondsResponse(
            bonds=[to.bond_proto(b) for b in bonds], page=_page(cursor)
        )

    async def LinkMember(
        self, request: identity_pb2.LinkMemberRequest, context: Context
    ) -> identity_pb2.LinkMemberResponse:
        actor = await self._actor()
        command = commands.LinkMember(
            actor.person_id,
            request.organization_id,
            member_ref(request.member),
            request.idempotency_key,
        )
        bond = await handlers.link_member(command, new_id=self._deps.new_id, **self._reads)
        return identity_pb2.LinkMemberResponse(bond=to.bond_proto(bond))

    async def UnlinkMember(
        self, request: identity_pb2.UnlinkMemberRequest, context: Context
    ) -> identity_pb2.UnlinkMemberResponse:
        actor = await self._actor()
        command = commands.UnlinkMember(
            actor.person_id,
            request.organization_id,
            member_ref(request.member),
            request.idempotency_key,
        )
        unlinked = await handlers.unlink_member(command, **self._reads)
        return identity_pb2.UnlinkMemberResponse(
            bond=to.bond_proto(unlinked.bond),
            revoked_delegation_ids=[v.delegation.delegation_id for v in unlinked.revoked],
        )

    async def GrantDelegation(
        self, request: identity_pb2.GrantDelegationRequest, context: Context
    ) -> identity_pb2.GrantDelegationResponse:
        actor = await self._actor()
        command = commands.GrantDelegation(
            actor=actor.person_id,
            organization_id=request.organization_id,
            member=member_ref(request.member),
            process_types=tuple(request.process_types),
            expires_at=optional_time(request, "expires_at"),
            idempotency_key=request.idempotency_key,
        )
        view = await handlers.grant_delegation(command, new_id=self._deps.new_id, **self._reads)
        return identity_pb2.GrantDelegationResponse(delegation=to.delegation_proto(view))

    async def RevokeDelegation(
        self, request: identity_pb2.RevokeDelegationRequest, context: Context
    ) -> identity_pb2.RevokeDelegationResponse:
        actor = await self._actor()
        command = commands.RevokeDelegation(
            actor.person_id, request.organization_id, request.delegation_id, request.idempotency_key
        )
        view = await handlers.revoke_delegation(command, **self._reads)
        return identity_pb2.RevokeDelegationResponse(delegation=to.delegation_proto(view))

    async def RenounceDelegation(
        self, request: identity_pb2.RenounceDelegationRequest, context: Context
    ) -> identity_pb2.RenounceDelegationResponse:
        actor = await self._actor()
        command = commands.RenounceDelegation(
            actor.person_id, request.organization_id, request.delegation_id, request.idempotency_key
        )
        view = await handlers.renounce_delegation(command, **self._reads)
        return identity_pb2.RenounceDelegationResponse(delegation=to.delegation_proto(view))

    async def ListDelegations(
        self, request: identity_pb2.ListDelegationsRequest, context: Context
    ) -> identity_pb2.ListDelegationsResponse:
        actor = await self._actor()
        views, cursor = await queries.list_delegations(
            actor.person_id,
            request.organization_id,
            include_ended=request.include_ended,
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            **self._reads,
        )
        return identity_pb2.ListDelegationsResponse(
            delegations=[to.delegation_proto(v) for v in views], page=_page(cursor)
        )

    async def ListRepresentationHistory(
        self, request: identity_pb2.ListRepresentationHistoryRequest, context: Context
    ) -> identity_pb2.ListRepresentationHistoryResponse:
        actor = await self._actor()
        entries, cursor = await queries.representation_history(
            actor.person_id,
            request.organization_id,
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            **self._reads,
        )
        return identity_pb2.ListRepresentationHistoryResponse(
            entries=[to.history_proto(e) for e in entries], page=_page(cursor)
        )

    async def GetCapabilities(
        self, request: identity_pb2.GetCapabilitiesRequest, context: Context
    ) -> identity_pb2.GetCapabilitiesResponse:
        actor = await self._actor()
        allowed = await queries.get_capabilities(
            actor.person_id, request.organization_id, **self._reads
        )
        return to.capabilities_proto(allowed)

    async def Authorize(
        self, request: identity_pb2.AuthorizeRequest, context: Context
    ) -> identity_pb2.AuthorizeResponse:
        actor = await self._actor()
        question = AuthorizeQuestion(
            request.subject, request.organization_id, request.action, request.process_type
        )
        audited = await authorize(question, actor=actor, new_id=self._deps.new_id, **self._reads)
        return to.decision_proto(audited)

    async def GetContactPoints(
        self, request: identity_pb2.GetContactPointsRequest, context: Context
    ) -> identity_pb2.GetContactPointsResponse:
        principal = require_principal()
        client = principal.client_id or ""
        service = (principal.username or "") == f"service-account-{client}"
        reader = ContactReader(client, service and client in self._deps.contact_readers)
        found = await get_contact_points(
            list(request.person_ids),
            reader=reader,
            purpose=request.purpose,
            uow=self._deps.uow,
            clock=self._deps.clock,
            new_id=self._deps.new_id,
        )
        return identity_pb2.GetContactPointsResponse(
            contacts=[
                identity_pb2.ContactPoint(
                    person_id=p.person_id,
                    email=p.profile.contact.email,
                    phone=p.profile.contact.phone,
                    preferred_language=p.profile.contact.language,
                )
                for p in found
            ]
        )
