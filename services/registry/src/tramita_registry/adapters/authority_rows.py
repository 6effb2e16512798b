"""Authority aggregate ⇄ rows of authorities, authority_areas and authority_workflows."""

from collections.abc import Iterable, Mapping
from typing import Any

from tramita_registry.domain.access import AreaAccess, WorkflowAccess
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.roles import AdminRole, ContentRole
from tramita_registry.domain.statuses import AccessStatus, EntityStatus

type Row = Mapping[str, Any]


def authority_row(authority: Authority) -> dict[str, Any]:
    profile = authority.profile
    contacts, competences = profile.contacts, profile.competences
    return {
        "entity_id": authority.entity_id,
        "official_name": profile.official_name,
        "informal_title_pt": profile.informal_title.pt,
        "informal_title_en": profile.informal_title.en,
        "description": profile.description,
        "languages": list(profile.languages),
        "contact_email": contacts.email,
        "preferred_language": contacts.language,
        "address": contacts.address,
        "phone": contacts.phone,
        "website": contacts.website,
        "general_horizontal": competences.general_horizontal,
        "nace_codes": list(competences.nace),
        "policy_areas": list(competences.policy_areas),
        "country": authority.country,
        "region": authority.region,
        "horizontal_role": authority.horizontal_role.value if authority.horizontal_role else None,
        "status": authority.status.value,
        "validating_coordinator_id": authority.validating_coordinator_id,
        "registered_at": authority.registered_at,
        "status_changed_at": authority.status_changed_at,
        "registered_by": authority.registered_by,
        "reference_version": authority.reference_version,
        "version": authority.version,
    }


def area_rows(authority: Authority) -> list[dict[str, Any]]:
    return [
        {
            "entity_id": authority.entity_id,
            "area": area.area,
            "role": area.role.value,
            "status": area.status.value,
            "access_coordinator_id": area.access_coordinator_id,
            "keywords": list(area.keywords),
            "limic_scope": area.limic_scope,
        }
        for area in authority.areas.values()
    ]


def workflow_rows(authority: Authority) -> list[dict[str, Any]]:
    return [
        {
            "entity_id": authority.entity_id,
            "workflow": workflow.workflow,
            "area": area.area,
            "content_role": workflow.content_role.value,
            "alert_mailbox": workflow.alert_mailbox,
            "status": workflow.status.value,
            "flags": dict(workflow.flags),
            "privileged_coordinator_ids": list(workflow.privileged_coordinator_ids),
        }
        for area in authority.areas.values()
        for workflow in area.workflows.values()
    ]


def _profile(row: Row) -> Profile:
    return Profile(
        official_name=row["official_name"],
        informal_title=LocalizedText(row["informal_title_pt"], row["informal_title_en"]),
        description=row["description"],
        languages=tuple(row["languages"]),
        contacts=Contacts(
            email=row["contact_email"],
            language=row["preferred_language"],
            address=row["address"],
            phone=row["phone"],
            website=row["website"],
        ),
        competences=Competences(
            row["general_horizontal"], tuple(row["nace_codes"]), tuple(row["policy_areas"])
        ),
    )


def _workflow(row: Row) -> WorkflowAccess:
    return WorkflowAccess(
        workflow=row["workflow"],
        content_role=ContentRole(row["content_role"]),
        status=AccessStatus(row["status"]),
        flags=dict(row["flags"]),
        privileged_coordinator_ids=tuple(row["privileged_coordinator_ids"]),
        alert_mailbox=row["alert_mailbox"],
    )


def to_authority(row: Row, areas: Iterable[Row], workflows: Iterable[Row]) -> Authority:
    accesses = {
        area["area"]: AreaAccess(
            area=area["area"],
            role=AdminRole(area["role"]),
            status=AccessStatus(area["status"]),
            access_coordinator_id=area["access_coordinator_id"],
            keywords=tuple(area["keywords"]),
            limic_scope=area["limic_scope"],
        )
        for area in areas
    }
    for workflow in workflows:
        accesses[workflow["area"]].workflows[workflow["workflow"]] = _workflow(workflow)
    role = row["horizontal_role"]
    return Authority(
        entity_id=row["entity_id"],
        profile=_profile(row),
        country=row["country"],
        region=row["region"],
        horizontal_role=AdminRole(role) if role else None,
        status=EntityStatus(row["status"]),
        validating_coordinator_id=row["validating_coordinator_id"],
        areas=accesses,
        registered_at=row["registered_at"],
        status_changed_at=row["status_changed_at"],
        registered_by=row["registered_by"],
        reference_version=row["reference_version"],
        version=row["version"],
    )
