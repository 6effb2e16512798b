"""Persons in PostgreSQL; stored on commit when changed (version-checked)."""

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_identity.adapters.orm import persons
from tramita_identity.domain.errors import ConcurrentChange
from tramita_identity.domain.persons import Contact, Person, Profile


class SqlPersonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self.seen: list[Person] = []

    async def get(self, person_id: str) -> Person | None:
        return await self._one(persons.c.person_id == person_id)

    async def add(self, person: Person) -> None:
        self.seen.append(person)

    async def get_many(self, person_ids: list[str]) -> list[Person]:
        query = select(persons).where(persons.c.person_id.in_(person_ids))
        rows = (await self._session.execute(query)).mappings().all()
        return [_person(row) for row in rows]

    async def find_by_national_id(self, national_id: str) -> Person | None:
        """The account with this national id whose login data changed last.

        One citizen may hold several accounts (a citizen login and a company-certificate
        login, or an account re-created at the IdP); the most recently updated one is
        taken as the one in use. Merging such accounts into one person is future work.
        """
        latest = persons.c.updated_at.desc()
        return await self._one(persons.c.national_id == national_id, order=latest)

    async def save_changes(self) -> None:
        for person in self.seen:
            if person.changed:
                await self._save(person)
                person.changed = False

    async def _save(self, person: Person) -> None:
        row = _row(person)
        if person.version == 0:
            await self._session.execute(persons.insert().values(**row, version=1))
        else:
            statement = (
                update(persons)
                .where(persons.c.person_id == person.person_id)
                .where(persons.c.version == person.version)
                .values(**row, version=person.version + 1)
            )
            if (await self._session.execute(statement)).rowcount != 1:
                raise ConcurrentChange(f"person {person.person_id}")
        person.version += 1

    async def _one(self, condition: Any, *, order: Any = persons.c.registered_at) -> Person | None:
        query = select(persons).where(condition).order_by(order).limit(1)
        found = (await self._session.execute(query)).mappings().first()
        if found is None:
            return None
        known = next((p for p in self.seen if p.person_id == found["person_id"]), None)
        if known is not None:
            return known
        person = _person(found)
        self.seen.append(person)
        return person


def _row(person: Person) -> dict[str, Any]:
    profile = person.profile
    return {
        "person_id": person.person_id,
        "name": profile.name,
        "email": profile.contact.email,
        "phone": profile.contact.phone,
        "preferred_language": profile.contact.language,
        "national_id": profile.national_id,
        "assurance_level": profile.assurance_level,
        "idp": profile.idp,
        "registered_at": person.registered_at,
        "updated_at": person.updated_at,
        "bonds_digest": person.bonds_digest,
    }


def _person(row: Any) -> Person:
    profile = Profile(
        name=row["name"],
        contact=Contact(row["email"], row["phone"], row["preferred_language"]),
        national_id=row["national_id"],
        assurance_level=row["assurance_level"],
        idp=row["idp"],
    )
    return Person(
        person_id=row["person_id"],
        profile=profile,
        registered_at=row["registered_at"],
        updated_at=row["updated_at"],
        bonds_digest=row["bonds_digest"],
        version=row["version"],
    )
