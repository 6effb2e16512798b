"""The Person aggregate: registered once, contact changes announced."""

from datetime import UTC, datetime

from tramita_identity.domain.events import PersonContactChanged, PersonRegistered
from tramita_identity.domain.persons import Contact, Person, Profile

NOW = datetime(2026, 11, 23, tzinfo=UTC)
PROFILE = Profile("Ana", Contact("ana@example.org", "", "pt-BR"), "BR:CPF:11144477735", "", "")


def test_registration_announces_the_person_and_its_contact() -> None:
    person = Person.register(person_id="p-1", profile=PROFILE, now=NOW)
    assert person.events == [
        PersonRegistered("p-1"),
        PersonContactChanged("p-1", "pt-BR"),
    ]
    assert person.changed


def test_a_new_contact_point_or_language_is_announced_a_new_name_is_not() -> None:
    person = Person(person_id="p-1", profile=PROFILE, registered_at=NOW, updated_at=NOW)
    person.refresh(PROFILE, now=NOW)
    assert (person.events, person.changed) == ([], False)
    renamed = Profile("Ana Lima", *(PROFILE.contact, PROFILE.national_id, "gold", "govbr"))
    person.refresh(renamed, now=NOW)
    assert (person.events, person.changed) == ([], True)
    moved = Profile("Ana Lima", Contact("ana@example.org", "+5511998765432", "en"), "", "", "")
    person.refresh(moved, now=NOW)
    assert person.events == [PersonContactChanged("p-1", "en")]


def test_bonds_digest_is_remembered() -> None:
    person = Person(person_id="p-1", profile=PROFILE, registered_at=NOW, updated_at=NOW)
    assert person.note_bonds("d1")
    assert not person.note_bonds("d1")
