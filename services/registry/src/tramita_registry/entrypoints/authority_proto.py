"""Protobuf ⇄ domain for competent authorities (contract types stop here)."""

from google.protobuf.timestamp_pb2 import Timestamp
from tramita.registry.v1 import authority_pb2, reference_pb2

from tramita_registry.app.authorities.commands import ProfilePatch, WorkflowSettings
from tramita_registry.domain import reference
from tramita_registry.domain.access import AreaAccess, AreaGrant, WorkflowAccess, WorkflowGrant
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.flags import FLAGS
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.roles import AdminRole, ContentRole
from tramita_registry.domain.statuses import AccessAction, EntityAction, EntityStatus

_PREFIXES = {
    "AdministrativeRole": "ADMINISTRATIVE_ROLE_",
    "ContentRole": "CONTENT_ROLE_",
    "EntityStatus": "ENTITY_STATUS_",
    "AccessStatus": "ACCESS_STATUS_",
    "EntityAction": "ENTITY_ACTION_",
    "AccessAction": "ACCESS_ACTION_",
}


def from_enum[E](kind: str, number: int, domain: type[E], *, field: str) -> E | None:
    """The domain value of a proto enum number; None when unspecified."""
    try:
        name = getattr(authority_pb2, kind).Name(number).removeprefix(_PREFIXES[kind])
    except ValueError:
        raise InvalidField(field, "enum", f"unknown {kind} {number}") from None
    return None if name == "UNSPECIFIED" else domain(name)  # type: ignore[call-arg]


def to_enum(kind: str, value: str | None) -> int:
    return getattr(authority_pb2, kind).Value(_PREFIXES[kind] + value) if value else 0


def required_action[E](kind: str, number: int, domain: type[E]) -> E:
    action = from_enum(kind, number, domain, field="action")
    if action is None:
        raise InvalidField("action", "required", "action is required")
    return action


def admin_role(number: int, *, field: str = "role") -> AdminRole | None:
    return from_enum("AdministrativeRole", number, AdminRole, field=field)


def content_role(number: int, *, field: str = "content_role") -> ContentRole | None:
    return from_enum("ContentRole", number, ContentRole, field=field)


def entity_action(number: int) -> EntityAction:
    return required_action("EntityAction", number, EntityAction)


def access_action(number: int) -> AccessAction:
    return required_action("AccessAction", number, AccessAction)


def entity_status(number: int) -> EntityStatus | None:
    return from_enum("EntityStatus", number, EntityStatus, field="filter.status")


def profile_from(message: authority_pb2.AuthorityProfile) -> Profile:
    return Profile(
        official_name=message.official_name,
        informal_title=LocalizedText(message.informal_title.pt, message.informal_title.en),
        description=message.description,
        languages=tuple(message.languages),
        contacts=contacts_from(message.contacts),
        competences=competences_from(message.competences),
    )


def contacts_from(message: authority_pb2.AuthorityContacts) -> Contacts:
    return Contacts(
        email=message.email,
        language=message.preferred_language,
        address=message.address,
        phone=message.phone,
        website=message.website,
    )


def competences_from(message: authority_pb2.Competences) -> Competences:
    return Competences(
        message.general_horizontal, tuple(message.nace_codes), tuple(message.policy_areas)
    )


_PATCHES = {
    "official_name": lambda m: m.official_name,
    "informal_title": lambda m: LocalizedText(m.informal_title.pt, m.informal_title.en),
    "description": lambda m: m.description,
    "languages": lambda m: tuple(m.languages),
    "contacts": lambda m: contacts_from(m.contacts),
    "competences": lambda m: competences_from(m.competences),
}


def patch_from(message: authority_pb2.AuthorityProfile, paths: list[str]) -> ProfilePatch:
    """The fields named by the update mask (all of them when the mask is empty)."""
    chosen = paths or list(_PATCHES)
    for path in chosen:
        if path not in _PATCHES:
            raise InvalidField("update_mask", "path", f"cannot update {path!r}")
    return ProfilePatch(**{path: _PATCHES[path](message) for path in chosen})


def workflow_grant_from(message: authority_pb2.WorkflowGrant) -> WorkflowGrant:
    return WorkflowGrant(
        workflow=message.workflow,
        content_role=content_role(message.content_role),
        alert_mailbox=message.alert_mailbox,
        flags=dict(sorted(message.flags.items())),
        privileged_coordinator_ids=tuple(message.privileged_coordinator_ids),
    )


def area_grant_from(message: authority_pb2.AreaGrant) -> AreaGrant:
    return AreaGrant(
        area=message.area,
        role=admin_role(message.role) or AdminRole.COMPETENT_AUTHORITY,
        keywords=tuple(message.keywords),
        workflows=tuple(workflow_grant_from(w) for w in message.workflows),
    )


def settings_from(message) -> WorkflowSettings:
    return WorkflowSettings(
        workflow=message.workflow,
        privileged_coordinator_ids=tuple(message.privileged_coordinator_ids),
        flags=tuple(sorted(message.flags.items())),
    )


def _timestamp(moment) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(moment)
    return stamp


def _workflow(access: WorkflowAccess) -> authority_pb2.WorkflowAccess:
    return authority_pb2.WorkflowAccess(
        workflow=access.workflow,
        content_role=to_enum("ContentRole", access.content_role),
        alert_mailbox=access.alert_mailbox,
        status=to_enum("AccessStatus", access.status),
        flags=access.flags,
        privileged_coordinator_ids=list(access.privileged_coordinator_ids),
    )


def _area(access: AreaAccess) -> authority_pb2.AreaAccess:
    return authority_pb2.AreaAccess(
        area=access.area,
        role=to_enum("AdministrativeRole", access.role),
        status=to_enum("AccessStatus", access.status),
        access_coordinator_id=access.access_coordinator_id,
        keywords=list(access.keywords),
        workflows=[_workflow(w) for w in access.workflows.values()],
    )


def profile_proto(profile: Profile) -> authority_pb2.AuthorityProfile:
    contacts, competences = profile.contacts, profile.competences
    return authority_pb2.AuthorityProfile(
        official_name=profile.official_name,
        informal_title=authority_pb2.LocalizedText(
            pt=profile.informal_title.pt, en=profile.informal_title.en
        ),
        description=profile.description,
        languages=list(profile.languages),
        contacts=authority_pb2.AuthorityContacts(
            email=contacts.email,
            preferred_language=contacts.language,
            address=contacts.address,
            phone=contacts.phone,
            website=contacts.website,
        ),
        competences=authority_pb2.Competences(
            general_horizontal=competences.general_horizontal,
            nace_codes=list(competences.nace),
            policy_areas=list(competences.policy_areas),
        ),
    )


def authority_proto(authority: Authority) -> authority_pb2.Authority:
    return authority_pb2.Authority(
        entity_id=authority.entity_id,
        profile=profile_proto(authority.profile),
        country=authority.country,
        region=authority.region,
        horizontal_role=to_enum("AdministrativeRole", authority.horizontal_role),
        status=to_enum("EntityStatus", authority.status),
        validating_coordinator_id=authority.validating_coordinator_id,
        areas=[_area(a) for a in authority.areas.values()],
        registered_at=_timestamp(authority.registered_at),
        status_changed_at=_timestamp(authority.status_changed_at),
        reference_data_version=authority.reference_version,
        version=authority.version,
    )


def reference_proto() -> dict:
    """The fields of GetReferenceDataResponse."""
    return {
        "version": reference.VERSION,
        "nace_sections": [
            reference_pb2.NaceSection(code=s.code, title_en=s.title_en, title_pt=s.title_pt)
            for s in reference.SECTIONS
        ],
        "nace_divisions": [
            reference_pb2.NaceDivision(
                code=d.code, section=d.section, title_en=d.title_en, title_pt=d.title_pt
            )
            for d in reference.DIVISIONS
        ],
        "policy_areas": [
            reference_pb2.PolicyArea(code=p.code, title_en=p.title_en, title_pt=p.title_pt)
            for p in reference.POLICY_AREAS
        ],
        "legislative_areas": [_legislative_area(area) for area in reference.LEGISLATIVE_AREAS],
        "flags": [
            reference_pb2.FlagDefinition(
                name=f.name,
                workflow_kind=f.kind.value,
                holder=f.holder.value,
                default_value=f.default,
                changed_by=sorted(c.value for c in f.changed_by),
                title_en=f.title_en,
                title_pt=f.title_pt,
            )
            for f in FLAGS
        ],
    }


def _legislative_area(area: reference.LegislativeArea) -> reference_pb2.LegislativeArea:
    return reference_pb2.LegislativeArea(
        code=area.code,
        title_en=area.title_en,
        title_pt=area.title_pt,
        keywords=list(area.keywords),
        workflows=[
            reference_pb2.ReferenceWorkflow(
                code=w.code, kind=w.kind.value, title_en=w.title_en, title_pt=w.title_pt
            )
            for w in area.workflows
        ],
    )
