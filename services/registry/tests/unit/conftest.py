"""In-memory stand-ins for the registry's ports, as fixtures (unit tests only)."""

import dataclasses
import itertools
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any, Self

import pytest
from tramita_registry.app.authorities.commands import RegisterAuthority
from tramita_registry.app.authorities.common import AuthorityDeps
from tramita_registry.app.authorities.registration import register_authority
from tramita_registry.app.ports import ActorIdentity, AuthorityFilter, Caller, InvitationFilter
from tramita_registry.domain.access import AreaGrant, WorkflowGrant
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import HIDDEN_STATUSES
from tramita_registry.domain.invitations import (
    OPEN_STATUSES,
    Invitation,
    InvitationDay,
    InvitationStatus,
)
from tramita_registry.domain.model import Organization
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.roles import AdminRole, ContentRole
from tramita_registry.domain.statuses import AccessStatus


class FakeOrganizations:
    def __init__(self) -> None:
        self.rows: dict[str, Organization] = {}

    async def add(self, organization: Organization) -> None:
        self.rows[organization.organization_id] = organization

    async def get(self, organization_id: str) -> Organization | None:
        return self.rows.get(organization_id)

    async def get_by_tax_key(self, tax_key: str) -> Organization | None:
        return next((o for o in self.rows.values() if o.tax_id.key == tax_key), None)

    async def list_page(self, *, after: str | None, limit: int) -> list[Organization]:
        ids = sorted(i for i in self.rows if after is None or i > after)
        return [self.rows[i] for i in ids[:limit]]


class FakeAuthorities:
    """Keeps aggregates by id (an identity map, as the SQL repository is)."""

    def __init__(self) -> None:
        self.rows: dict[str, Authority] = {}

    async def add(self, authority: Authority) -> None:
        self.rows[authority.entity_id] = authority

    async def get(self, entity_id: str) -> Authority | None:
        return self.rows.get(entity_id)

    async def nimic_of(self, country: str) -> str | None:
        return next(
            (
                a.entity_id
                for a in self.rows.values()
                if a.country == country and a.horizontal_role is AdminRole.NIMIC
            ),
            None,
        )

    async def limic_of(self, area: str, scope: str) -> str | None:
        for authority in self.rows.values():
            access = authority.areas.get(area)
            if access and access.limic_scope == scope and access.status is not AccessStatus.DELETED:
                return authority.entity_id
        return None

    async def list_page(
        self, criteria: AuthorityFilter, *, after: str | None, limit: int
    ) -> list[Authority]:
        found = [a for a in self.rows.values() if _matches(a, criteria)]
        found = sorted(
            (a for a in found if after is None or a.entity_id > after), key=lambda a: a.entity_id
        )
        return found[:limit]


def _matches(authority: Authority, criteria: AuthorityFilter) -> bool:
    viewer = criteria.viewer_entity_id
    visible = (
        criteria.see_hidden
        or authority.status not in HIDDEN_STATUSES
        or (viewer and viewer in (authority.validating_coordinator_id, authority.entity_id))
    )
    roles = {authority.horizontal_role, *(a.role for a in authority.areas.values())}
    competences = authority.profile.competences
    codes = {*competences.nace, *competences.policy_areas}
    titles = (
        authority.profile.official_name,
        authority.profile.informal_title.pt,
        authority.profile.informal_title.en,
    )
    return bool(
        visible
        and (not criteria.country or authority.country == criteria.country)
        and (not criteria.status or authority.status == criteria.status)
        and (not criteria.role or criteria.role in roles)
        and (
            not criteria.competences
            or competences.general_horizontal
            or codes & criteria.competences
        )
        and (not criteria.name or any(criteria.name.lower() in t.lower() for t in titles))
    )


class FakeInvitations:
    def __init__(self, authorities: FakeAuthorities) -> None:
        self.rows: dict[str, Invitation] = {}
        self.days: dict[tuple[str, date], InvitationDay] = {}
        self._authorities = authorities

    async def add(self, invitation: Invitation) -> None:
        self.rows[invitation.invitation_id] = invitation

    async def get(self, invitation_id: str) -> Invitation | None:
        return self.rows.get(invitation_id)

    async def remove(self, invitation: Invitation) -> None:
        self.rows.pop(invitation.invitation_id, None)

    async def by_code_hash(self, code_hash: str) -> Invitation | None:
        return next((i for i in self.rows.values() if i.code_hash == code_hash), None)

    async def by_registered_entity(self, entity_id: str) -> Invitation | None:
        found = (i for i in self.rows.values() if i.registered_entity_id == entity_id)
        return next(found, None)

    async def of_day(
        self, inviting_entity_id: str, day: date, status: InvitationStatus
    ) -> list[Invitation]:
        return sorted(
            (
                i
                for i in self.rows.values()
                if (i.inviting_entity_id, i.confirmed_day, i.status)
                == (inviting_entity_id, day, status)
            ),
            key=lambda i: i.invitation_id,
        )

    async def list_page(
        self, criteria: InvitationFilter, *, before: str | None, limit: int
    ) -> list[Invitation]:
        found = [
            i
            for i in self.rows.values()
            if (
                not criteria.inviting_entity_id
                or i.inviting_entity_id == criteria.inviting_entity_id
            )
            and (criteria.status is None or i.status is criteria.status)
            and (before is None or i.invitation_id < before)
        ]
        return sorted(found, key=lambda i: i.invitation_id, reverse=True)[:limit]

    async def email_holders(
        self, keys: Iterable[str], *, except_invitations: Iterable[str] = ()
    ) -> dict[str, str]:
        wanted, excluded = set(keys), set(except_invitations)
        holders = {
            i.email_key: "invitation"
            for i in self.rows.values()
            if i.email_key in wanted
            and i.status in OPEN_STATUSES
            and i.invitation_id not in excluded
        }
        for authority in self._authorities.rows.values():
            key = authority.profile.contacts.email.casefold()
            if key in wanted:
                holders[key] = "entity"
        return holders

    async def day(self, inviting_entity_id: str, day: date) -> InvitationDay:
        key = (inviting_entity_id, day)
        return self.days.setdefault(key, InvitationDay(inviting_entity_id, day))


class FakeTimers:
    """Armed timers by (kind, key), with their due time and payload."""

    def __init__(self) -> None:
        self.armed: dict[tuple[str, str], tuple[datetime, dict[str, Any]]] = {}
        self.fired: set[tuple[str, str]] = set()

    async def schedule(
        self, kind: str, key: str, due_at: datetime, payload: Mapping[str, Any] | None = None
    ) -> bool:
        if (kind, key) in self.fired:
            return False
        self.armed[(kind, key)] = (due_at, dict(payload or {}))
        return True

    async def cancel(self, kind: str, key: str) -> bool:
        return self.armed.pop((kind, key), None) is not None

    def of(self, kind: str) -> dict[str, tuple[datetime, dict[str, Any]]]:
        return {key: value for (k, key), value in self.armed.items() if k == kind}

    def take(self, kind: str, key: str) -> dict[str, Any]:
        """Fire one: it is gone from the armed ones and cannot be re-armed."""
        _, payload = self.armed.pop((kind, key))
        self.fired.add((kind, key))
        return payload


class FakeLedger:
    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, str]] = {}

    async def recall(self, *, key: str, fingerprint: str) -> str | None:
        if key not in self.entries:
            return None
        stored_fingerprint, result = self.entries[key]
        if stored_fingerprint != fingerprint:
            raise ValueError("idempotency key reused with another request")
        return result

    async def remember(self, *, key: str, fingerprint: str, result: str) -> None:
        self.entries[key] = (fingerprint, result)


class FakeUnitOfWork:
    """Keeps what was committed; published events are the committed aggregates' events."""

    def __init__(self) -> None:
        self.organizations = FakeOrganizations()
        self.authorities = FakeAuthorities()
        self.invitations = FakeInvitations(self.authorities)
        self.timers = FakeTimers()
        self.idempotency = FakeLedger()
        self.commits = 0
        self.published: list[object] = []
        self.clock = FixedClock()

    def __call__(self) -> Self:
        return self

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def commit(self) -> None:
        self.commits += 1
        for organization in self.organizations.rows.values():
            self.published.extend(organization.events)
            organization.events.clear()
        for authority in self.authorities.rows.values():
            if authority.events:
                authority.version += 1
            self.published.extend(authority.events)
            authority.events.clear()
        for holder in (*self.invitations.rows.values(), *self.invitations.days.values()):
            self.published.extend(holder.events)
            holder.events.clear()


class FixedClock:
    def now(self) -> datetime:
        return datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


class Ids:
    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def __call__(self) -> str:
        return f"org-{next(self._counter):03d}"


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def ids() -> Ids:
    return Ids()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


class FakeActors:
    """Trusts the requested acting entity (the token check is tested on its own)."""

    async def resolve(self, caller: Caller) -> ActorIdentity:
        return ActorIdentity(caller.subject, caller.acting_entity_id or None, caller.platform_roles)


class FakeOpenCases:
    def __init__(self) -> None:
        self.open: dict[tuple[str, str, str], int] = {}

    async def count(self, entity_id: str, *, area: str = "", workflow: str = "") -> int:
        return self.open.get((entity_id, area, workflow), 0)


SD = "services-directive"
SD_REQUESTS = f"{SD}/requests"
SD_ALERTS = f"{SD}/alerts"
PQ = "professional-qualifications"
PQ_REQUESTS = f"{PQ}/requests"
ADMIN = frozenset({"platform-admin"})


def make_profile(name: str = "Câmara Municipal de Lisboa", **changes: object) -> Profile:
    base = Profile(
        official_name=name,
        informal_title=LocalizedText(pt="Câmara de Lisboa", en="Lisbon City Council"),
        description="Licenciamento de atividades económicas.",
        languages=("pt", "en"),
        contacts=Contacts(email="imi@cm-lisboa.pt", language="pt-PT"),
        competences=Competences(nace=("56", "G"), policy_areas=("consumers",)),
    )
    return dataclasses.replace(base, **changes)


class World:
    """A country's registry under construction: a NIMIC, coordinators and authorities."""

    def __init__(self, uow: "FakeUnitOfWork") -> None:
        self.uow = uow
        self.open_cases = FakeOpenCases()
        ids = itertools.count(1)
        self.deps = AuthorityDeps(
            uow=uow,
            clock=uow.clock,
            new_id=lambda: f"ent-{next(ids):03d}",
            actors=FakeActors(),
            open_cases=self.open_cases,
        )

    def caller(self, entity: Authority | str | None = None, *, admin: bool = False) -> Caller:
        entity_id = entity.entity_id if isinstance(entity, Authority) else (entity or "")
        return Caller("person-1", ADMIN if admin else frozenset(), (), entity_id)

    async def nimic(self, country: str = "PT") -> Authority:
        profile = make_profile(
            "Agência para a Modernização Administrativa (NIMIC)",
            contacts=Contacts("nimic@ama.pt", "pt-PT"),
        )
        command = RegisterAuthority(
            self.caller(admin=True), profile, country, horizontal_role=AdminRole.NIMIC
        )
        return await register_authority(command, deps=self.deps)

    async def register(
        self,
        by: Authority,
        *,
        name: str = "Câmara Municipal de Lisboa",
        areas: tuple[AreaGrant, ...] | None = None,
        country: str = "PT",
        region: str = "",
        horizontal_role: AdminRole | None = None,
        coordinators: tuple[str, ...] | None = None,
    ) -> Authority:
        """By default an authority in Services (requests) privileged to the registrar."""
        coordinators = coordinators if coordinators is not None else (by.entity_id,)
        areas = areas if areas is not None else (authority_in(SD, coordinators),)
        command = RegisterAuthority(
            self.caller(by), make_profile(name), country, region, horizontal_role, areas
        )
        return await register_authority(command, deps=self.deps)


def authority_in(
    area: str,
    coordinators: tuple[str, ...],
    *,
    role: AdminRole = AdminRole.COMPETENT_AUTHORITY,
    kinds: tuple[str, ...] = ("requests",),
    content: ContentRole | None = None,
) -> AreaGrant:
    keyword = {SD: "construction", PQ: "doctors"}.get(area, "pay")
    workflows = tuple(
        WorkflowGrant(f"{area}/{kind}", content, privileged_coordinator_ids=coordinators)
        for kind in kinds
    )
    return AreaGrant(area, role, (keyword,), workflows)


World.grant = staticmethod(authority_in)  # type: ignore[attr-defined]


@pytest.fixture
def world(uow: "FakeUnitOfWork") -> World:
    return World(uow)
