"""GetContactPoints: only contact-reading services, bounded, every read audited."""

from datetime import UTC, datetime

import pytest
from tramita_identity.app.contacts import MAX_PERSONS, ContactReader, get_contact_points
from tramita_identity.domain.errors import InvalidField, NotPermitted
from tramita_identity.domain.persons import Contact, Person, Profile

NOW = datetime(2026, 11, 23, tzinfo=UTC)
NOTIFICATIONS = ContactReader("tramita-notifications", allowed=True)


def person(person_id: str, email: str) -> Person:
    profile = Profile("Ana", Contact(email, "+5511998765432", "pt-BR"), "", "", "")
    return Person(person_id=person_id, profile=profile, registered_at=NOW, updated_at=NOW)


@pytest.fixture
def people(uow):
    uow.persons.rows = {"p-1": person("p-1", "ana@example.org"), "p-2": person("p-2", "b@x.pt")}
    return uow


async def read(uow, clock, ids, person_ids, reader=NOTIFICATIONS):
    return await get_contact_points(
        person_ids, reader=reader, purpose="notification", uow=uow, clock=clock, new_id=ids
    )


async def test_known_persons_are_answered_and_each_read_is_audited(people, clock, ids) -> None:
    found = await read(people, clock, ids, ["p-2", "p-1", "p-1", "nobody"])
    assert [p.person_id for p in found] == ["p-1", "p-2"]
    assert [(r.reader, r.person_id, r.purpose) for r in people.reads.rows] == [
        ("tramita-notifications", "p-1", "notification"),
        ("tramita-notifications", "p-2", "notification"),
    ]
    assert people.commits == 1


async def test_a_service_not_allowed_to_contact_people_is_refused(people, clock, ids) -> None:
    with pytest.raises(NotPermitted) as refused:
        await read(people, clock, ids, ["p-1"], ContactReader("tramita-gateway", allowed=False))
    assert refused.value.reason == "NOT_A_CONTACT_READER"
    assert people.reads.rows == []


@pytest.mark.parametrize("person_ids", [[], [" "], [f"p-{i}" for i in range(MAX_PERSONS + 1)]])
async def test_the_number_of_persons_is_bounded(people, clock, ids, person_ids) -> None:
    with pytest.raises(InvalidField) as bad:
        await read(people, clock, ids, person_ids)
    assert (bad.value.field, bad.value.rule) == ("person_ids", "count")
