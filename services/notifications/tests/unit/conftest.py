"""In-memory stand-ins for the notifications ports, and a small world of entities and
people to address notices to (unit tests only)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from tramita_notifications.domain.model import Contact, Language

REQUESTS = "services-directive/requests"
OTHER_REQUESTS = "professional-qualifications/requests"
ALERTS = "services-directive/alerts"


@dataclass(frozen=True, slots=True)
class Grant:
    person_id: str
    entity_id: str
    profile: str
    workflow: str


class FakeDirectory:
    """The Directory port over dicts; `workflow=""` in a lookup matches any workflow."""

    def __init__(self) -> None:
        self.people: dict[str, Contact] = {}
        self.grants: list[Grant] = []
        self.mailboxes: dict[str, Contact] = {}
        self.allocating: set[tuple[str, str]] = set()

    def add_person(
        self,
        person_id: str,
        *,
        email: str | None = None,
        phone: str = "",
        language: Language = Language.EN,
        alert_email: str = "",
    ) -> Contact:
        email = f"{person_id}@mail.test" if email is None else email
        contact = Contact(email, phone, language, person_id, alert_email)
        self.people[person_id] = contact
        return contact

    def grant(self, person_id: str, entity_id: str, profile: str, workflow: str = "") -> None:
        self.grants.append(Grant(person_id, entity_id, profile, workflow))

    def add_mailbox(self, entity_id: str, email: str, language: Language = Language.EN) -> None:
        self.mailboxes[entity_id] = Contact(email=email, language=language)

    async def person(self, person_id: str) -> Contact | None:
        return self.people.get(person_id)

    async def profile_holders(self, entity_id: str, profile: str, workflow: str) -> list[Contact]:
        ids = [
            g.person_id
            for g in self.grants
            if (g.entity_id, g.profile) == (entity_id, profile) and workflow in ("", g.workflow)
        ]
        return [self.people[i] for i in dict.fromkeys(ids) if i in self.people]

    async def entity_contact(self, entity_id: str) -> Contact | None:
        return self.mailboxes.get(entity_id)

    async def uses_allocation(self, entity_id: str, workflow: str) -> bool:
        return (entity_id, workflow) in self.allocating


def _staff(d: FakeDirectory, entity_id: str, workflow: str, **profiles: list[str]) -> None:
    """Add people of one entity: profile=[person ids] (profile names with _ for -)."""
    for profile, person_ids in profiles.items():
        for person_id in person_ids:
            if person_id not in d.people:
                d.add_person(person_id)
            d.grant(person_id, entity_id, profile.replace("_", "-"), workflow)


def _requests_world(d: FakeDirectory) -> None:
    _staff(d, "requesting", REQUESTS, request_handler=["req-h1", "req-h2"])
    d.add_mailbox("requesting", "requesting@authority.test", Language.PT)
    _staff(d, "responding", REQUESTS, request_handler=["resp-h1", "resp-h2"])
    _staff(d, "responding", REQUESTS, request_viewer=["resp-v1"])
    _staff(d, "responding", OTHER_REQUESTS, request_handler=["resp-other-area"])
    d.add_mailbox("responding", "responding@authority.test")
    _staff(d, "allocating", REQUESTS, request_handler=["alloc-h1"], request_allocator=["alloc-a1"])
    d.add_mailbox("allocating", "allocating@authority.test")
    d.allocating.add(("allocating", REQUESTS))
    _staff(d, "no-mailbox", REQUESTS, request_handler=["nm-h1"])
    _staff(d, "coordinator", REQUESTS, supervisor=["sup-1", "sup-2"])
    _staff(d, "coordinator", "", data_administrator=["coord-da1"])
    d.add_person("coord-inviter")
    d.add_mailbox("coordinator", "coordinator@authority.test", Language.PT)
    _staff(d, "coordinator-alloc", REQUESTS, supervisor=["calloc-s1"])
    _staff(d, "coordinator-alloc", REQUESTS, request_allocator=["calloc-a1"])
    d.add_mailbox("coordinator-alloc", "coordinator-alloc@authority.test")
    d.allocating.add(("coordinator-alloc", REQUESTS))


def _alerts_world(d: FakeDirectory) -> None:
    d.add_person("ab-1", alert_email="ab-1-alerts@mail.test", language=Language.PT)
    d.add_person("mb-1", alert_email="mb-1-alerts@mail.test")
    d.add_person("aa-m1", alert_email="aa-m1-alerts@mail.test")
    _staff(d, "alert-coord", ALERTS, alert_broadcaster=["ab-1", "ab-2"])
    _staff(d, "alert-coord", ALERTS, alert_manager=["ac-m1"], alert_viewer=["ac-v1"])
    _staff(d, "alert-coord", REQUESTS, request_handler=["ac-req-h1"])
    d.add_mailbox("alert-coord", "alert-coord@authority.test")
    _staff(d, "mailbox", ALERTS, alert_broadcaster=["mb-1"], alert_viewer=["mb-v1"])
    d.add_mailbox("mailbox", "mailbox@authority.test")
    _staff(d, "mailbox-2", ALERTS, alert_broadcaster=["mb2-1"])
    _staff(d, "alert-authority", ALERTS, alert_manager=["aa-m1"], alert_viewer=["aa-v1"])
    d.add_mailbox("alert-authority", "alert-authority@authority.test")


def _other_world(d: FakeDirectory) -> None:
    _staff(d, "managing", "", local_data_administrator=["man-lda1"])
    _staff(d, "managing", REQUESTS, request_handler=["man-h1"])
    _staff(d, "new-managing", "", local_data_administrator=["new-lda1"])
    d.add_mailbox("new-entity", "new@authority.test", Language.PT)
    d.add_person("new-user1", language=Language.PT)
    d.add_mailbox("organization", "acme@company.test", Language.PT)
    d.add_person("member-1", language=Language.PT)
    d.add_person("user-1", phone="+351911111111", language=Language.PT)
    d.add_person("user-no-phone")
    d.add_person("user-no-email", email="")


@pytest.fixture
def directory() -> FakeDirectory:
    d = FakeDirectory()
    _requests_world(d)
    _alerts_world(d)
    _other_world(d)
    return d
