"""Consent and acting-as methods of IdentityService (mixed into IdentityServicer)."""

from collections.abc import Callable

import grpc
from tramita.common.v1 import pagination_pb2
from tramita.identity.v1 import identity_pb2

from tramita_identity.app import acting, consents
from tramita_identity.app.login_sync import Actor
from tramita_identity.app.ports import Clock, IdGenerator, UnitOfWork
from tramita_identity.entrypoints import grpc_mapping as to

type Context = grpc.aio.ServicerContext
ACTING_FOR_METADATA = "x-acting-for"


def acting_for_metadata(context: Context) -> str:
    """The tax key the gateway forwards in `x-acting-for` ("" when absent)."""
    for key, value in context.invocation_metadata() or ():
        if key.lower() == ACTING_FOR_METADATA:
            return value if isinstance(value, str) else value.decode()
    return ""


class ConsentMethods:
    """Needs `_actor()` and `_deps` (uow, clock, new_id) from the servicer."""

    _deps: object

    async def _actor(self) -> Actor:  # pragma: no cover - provided by the servicer
        raise NotImplementedError

    async def GetConsentStatus(
        self, request: identity_pb2.GetConsentStatusRequest, context: Context
    ) -> identity_pb2.GetConsentStatusResponse:
        actor = await self._actor()
        status = await consents.consent_status(actor.person_id, request.service, uow=self._uow)
        return identity_pb2.GetConsentStatusResponse(status=to.consent_status_proto(status))

    async def GiveConsent(
        self, request: identity_pb2.GiveConsentRequest, context: Context
    ) -> identity_pb2.GiveConsentResponse:
        actor = await self._actor()
        view = await consents.give_consent(
            actor.person_id,
            request.service,
            list(request.items),
            request.text_version,
            uow=self._uow,
            clock=self._clock,
            new_id=self._new_id,
        )
        return identity_pb2.GiveConsentResponse(consent=to.consent_proto(view))

    async def WithdrawConsent(
        self, request: identity_pb2.WithdrawConsentRequest, context: Context
    ) -> identity_pb2.WithdrawConsentResponse:
        actor = await self._actor()
        view = await consents.withdraw_consent(
            actor.person_id, request.consent_id, uow=self._uow, clock=self._clock
        )
        return identity_pb2.WithdrawConsentResponse(consent=to.consent_proto(view))

    async def ListConsents(
        self, request: identity_pb2.ListConsentsRequest, context: Context
    ) -> identity_pb2.ListConsentsResponse:
        actor = await self._actor()
        views, cursor = await consents.list_consents(
            actor.person_id,
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            uow=self._uow,
        )
        return identity_pb2.ListConsentsResponse(
            consents=[to.consent_proto(v) for v in views],
            page=pagination_pb2.PageResponse(next_page_token=cursor or ""),
        )

    async def SetActingFor(
        self, request: identity_pb2.SetActingForRequest, context: Context
    ) -> identity_pb2.SetActingForResponse:
        actor = await self._actor()
        chosen = await acting.set_acting_for(
            actor.person_id, request.organization_id, uow=self._uow, clock=self._clock
        )
        return identity_pb2.SetActingForResponse(acts_for=to.acts_for_proto(chosen))

    @property
    def _uow(self) -> Callable[[], UnitOfWork]:
        return self._deps.uow  # type: ignore[attr-defined]

    @property
    def _clock(self) -> Clock:
        return self._deps.clock  # type: ignore[attr-defined]

    @property
    def _new_id(self) -> IdGenerator:
        return self._deps.new_id  # type: ignore[attr-defined]
