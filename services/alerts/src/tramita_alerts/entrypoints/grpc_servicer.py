"""AlertsService: proto → use case → proto. Who acts comes from the verified token."""

from datetime import timedelta

import grpc
from tramita.alerts.v1 import alerts_pb2, alerts_pb2_grpc
from tramita.common.v1 import pagination_pb2
from tramita_platform.auth import require_principal

from tramita_alerts.app import handlers as use
from tramita_alerts.app.handlers import AlertDeps
from tramita_alerts.app.ports import Caller
from tramita_alerts.domain.errors import InvalidField
from tramita_alerts.entrypoints.alert_proto import alert_proto, form_from

type Context = grpc.aio.ServicerContext


def entity_claims(claims) -> tuple[str, ...]:
    """The entity ids the token grants: its `entity_id` and/or `entity_ids` claims."""
    ids: list[str] = []
    single = claims.get("entity_id")
    if isinstance(single, str) and single:
        ids.append(single)
    many = claims.get("entity_ids")
    if isinstance(many, list):
        ids.extend(str(i) for i in many if i)
    return tuple(dict.fromkeys(ids))


def caller() -> Caller:
    principal = require_principal()
    return Caller(
        subject=principal.subject,
        entity_ids=entity_claims(principal.claims),
        roles=frozenset(principal.roles),
    )


def _days(value: int) -> timedelta | None:
    return timedelta(days=value) if value > 0 else None


def _offset(token: str) -> int:
    if not token:
        return 0
    if not token.isdigit():
        raise InvalidField("page.page_token", "opaque_token", "not a token of this list")
    return int(token)


def _common(request) -> dict:
    return {
        "caller": caller(),
        "alert_id": request.alert_id,
        "expected_version": request.expected_version,
        "idempotency_key": request.idempotency_key,
    }


class AlertsServicer(alerts_pb2_grpc.AlertsServiceServicer):
    def __init__(self, deps: AlertDeps) -> None:
        self._deps = deps

    async def GetAlert(self, request, context: Context):
        found = await use.get_alert(self._deps, caller=caller(), alert_id=request.alert_id)
        return alerts_pb2.GetAlertResponse(alert=alert_proto(found))

    async def ListAlerts(self, request, context: Context):
        views, following = await use.list_alerts(
            self._deps,
            caller=caller(),
            entity_id=request.entity_id,
            offset=_offset(request.page.page_token),
            limit=request.page.page_size,
        )
        return alerts_pb2.ListAlertsResponse(
            alerts=[alert_proto(v) for v in views],
            page=pagination_pb2.PageResponse(
                next_page_token="" if following is None else str(following)
            ),
        )

    async def LaunchAlert(self, request, context: Context):
        found = await use.launch_alert(
            self._deps,
            caller=caller(),
            form=form_from(request.form),
            coordinator_id=request.coordinator_id,
            idempotency_key=request.idempotency_key,
        )
        return alerts_pb2.LaunchAlertResponse(alert=alert_proto(found))

    async def SaveDraft(self, request, context: Context):
        found = await use.save_draft(
            self._deps,
            form=form_from(request.form),
            coordinator_id=request.coordinator_id,
            **_common(request),
        )
        return alerts_pb2.SaveDraftResponse(alert=alert_proto(found))

    async def SubmitAlert(self, request, context: Context):
        found = await use.submit_alert(self._deps, **_common(request))
        return alerts_pb2.SubmitAlertResponse(alert=alert_proto(found))

    async def AcceptAlert(self, request, context: Context):
        found = await use.accept_alert(self._deps, **_common(request))
        return alerts_pb2.AcceptAlertResponse(alert=alert_proto(found))

    async def SendAlert(self, request, context: Context):
        found = await use.send_alert(self._deps, **_common(request))
        return alerts_pb2.SendAlertResponse(alert=alert_proto(found))

    async def AcknowledgeAlert(self, request, context: Context):
        found = await use.acknowledge_alert(self._deps, **_common(request))
        return alerts_pb2.AcknowledgeAlertResponse(alert=alert_proto(found))

    async def DisseminateAlert(self, request, context: Context):
        found = await use.disseminate_alert(
            self._deps, entity_ids=tuple(request.entity_ids), **_common(request)
        )
        return alerts_pb2.DisseminateAlertResponse(alert=alert_proto(found))

    async def AddInformation(self, request, context: Context):
        found, info_id = await use.add_information(
            self._deps,
            kind=request.kind,
            text=request.text,
            coordinator_id=request.coordinator_id,
            addressed_to=request.addressed_to,
            **_common(request),
        )
        return alerts_pb2.AddInformationResponse(alert=alert_proto(found), info_id=info_id)

    async def ProposeClosure(self, request, context: Context):
        found = await use.propose_closure(
            self._deps,
            coordinator_id=request.coordinator_id,
            reason=request.reason,
            comment_period=_days(request.comment_period_days),
            **_common(request),
        )
        return alerts_pb2.ProposeClosureResponse(alert=alert_proto(found))

    async def SendClosureProposal(self, request, context: Context):
        found = await use.send_closure_proposal(
            self._deps,
            objection_period=_days(request.objection_period_days),
            include_comment_ids=tuple(request.include_comment_ids),
            **_common(request),
        )
        return alerts_pb2.SendClosureProposalResponse(alert=alert_proto(found))

    async def CloseAlert(self, request, context: Context):
        found = await use.close_alert(self._deps, **_common(request))
        return alerts_pb2.CloseAlertResponse(alert=alert_proto(found))
