"""Views of identity → protobuf messages of tramita.identity.v1 (and back for references)."""

from datetime import UTC, datetime

from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.identity.v1 import identity_pb2

from tramita_identity.app.acting import ActsFor
from tramita_identity.app.commands import MemberRef
from tramita_identity.app.consents import ConsentStatus, ConsentView
from tramita_identity.app.ports import AuditedDecision
from tramita_identity.app.views import BondView, DelegationView, MyOrganization
from tramita_identity.domain.authorization import Capabilities
from tramita_identity.domain.delegations import DelegationState
from tramita_identity.domain.history import HistoryEntry


def timestamp(when: datetime | None) -> Timestamp | None:
    if when is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(when)
    return stamp


def optional_time(message: Message, field: str) -> datetime | None:
    """The datetime of an optional Timestamp field (None when unset)."""
    if not message.HasField(field):
        return None
    return getattr(message, field).ToDatetime(tzinfo=UTC)


def member_ref(ref: identity_pb2.PersonRef) -> MemberRef:
    return MemberRef(person_id=ref.person_id, national_id=ref.national_id)


def bond_proto(view: BondView) -> identity_pb2.Bond:
    bond = view.bond
    return identity_pb2.Bond(
        bond_id=bond.bond_id,
        organization_id=view.organization_id,
        person_id=bond.person_id,
        national_id=bond.national_id,
        kind=bond.kind.value,
        role=bond.role.value,
        provenance=identity_pb2.Provenance(
            source=bond.provenance.source, recorded_at=timestamp(bond.provenance.recorded_at)
        ),
        valid_from=timestamp(bond.valid_from),
        valid_until=timestamp(bond.valid_until),
        ended_at=timestamp(bond.ended_at),
    )


def delegation_proto(view: DelegationView) -> identity_pb2.Delegation:
    delegation = view.delegation
    return identity_pb2.Delegation(
        delegation_id=delegation.delegation_id,
        organization_id=view.organization_id,
        member_person_id=delegation.member_person_id,
        process_types=list(delegation.process_types),
        granted_by_person_id=delegation.granted_by,
        granted_at=timestamp(delegation.granted_at),
        expires_at=timestamp(delegation.expires_at),
        state=view.state.value,
        ended_at=timestamp(delegation.ended_at),
        ended_by_person_id=delegation.ended_by,
    )


def my_organization_proto(found: MyOrganization) -> identity_pb2.MyOrganization:
    return identity_pb2.MyOrganization(
        organization_id=found.organization_id,
        role=found.capabilities.role.value,
        process_types=list(found.capabilities.process_types),
        bonds=[bond_proto(BondView(found.organization_id, bond)) for bond in found.bonds],
    )


def history_proto(entry: HistoryEntry) -> identity_pb2.HistoryEntry:
    return identity_pb2.HistoryEntry(
        entry_id=entry.entry_id,
        at=timestamp(entry.at),
        actor_person_id=entry.actor,
        action=entry.action.value,
        person_id=entry.person_id,
        bond_id=entry.bond_id,
        delegation_id=entry.delegation_id,
        process_types=list(entry.process_types),
        detail=entry.detail,
    )


def capabilities_proto(allowed: Capabilities) -> identity_pb2.GetCapabilitiesResponse:
    """Capabilities list active delegations only."""
    organization = allowed.organization_id
    return identity_pb2.GetCapabilitiesResponse(
        organization_id=organization,
        role=allowed.role.value,
        process_types=list(allowed.process_types),
        delegations=[
            delegation_proto(DelegationView(organization, d, DelegationState.ACTIVE))
            for d in allowed.delegations
        ],
        notice=allowed.notice,
    )


def decision_proto(audited: AuditedDecision) -> identity_pb2.AuthorizeResponse:
    decision = audited.decision
    return identity_pb2.AuthorizeResponse(
        allowed=decision.allowed,
        reason=decision.reason.value,
        message=decision.message,
        role=decision.role.value,
        delegation_id=decision.delegation_id,
        decision_id=audited.decision_id,
    )


def acts_for_proto(acting: ActsFor | None) -> identity_pb2.ActsFor | None:
    if acting is None:
        return None
    return identity_pb2.ActsFor(
        organization_id=acting.organization_id,
        actor_person_id=acting.actor_person_id,
        role=acting.capabilities.role.value,
        process_types=list(acting.capabilities.process_types),
        source=acting.source,
    )


def consent_proto(view: ConsentView) -> identity_pb2.Consent:
    consent = view.consent
    return identity_pb2.Consent(
        consent_id=consent.consent_id,
        person_id=consent.person_id,
        service=consent.service,
        items=list(consent.items),
        text_version=consent.text_version,
        given_at=timestamp(consent.given_at),
        withdrawn_at=timestamp(consent.withdrawn_at),
        state=view.state.value,
    )


def consent_status_proto(status: ConsentStatus) -> identity_pb2.ConsentStatus:
    terms = status.terms
    current = status.current
    return identity_pb2.ConsentStatus(
        service=terms.service,
        consent_required=status.required,
        items=[
            identity_pb2.ConsentItem(code=code, required=code in terms.required)
            for code in terms.items
        ],
        text_version=terms.text_version,
        current=None
        if current is None
        else consent_proto(ConsentView(current, current.state(terms))),
    )
