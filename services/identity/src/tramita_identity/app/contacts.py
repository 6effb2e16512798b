"""The one audited path by which other services read how to reach a person."""

from collections.abc import Callable
from dataclasses import dataclass

from tramita_identity.app.ports import Clock, IdGenerator, PersonalDataRead, UnitOfWork
from tramita_identity.domain.errors import InvalidField, NotPermitted
from tramita_identity.domain.persons import Person

MAX_PERSONS = 500
FIELDS = "email,phone,language"


@dataclass(frozen=True, slots=True)
class ContactReader:
    """Who asks: a service account's client id, and whether it may contact people."""

    client_id: str
    allowed: bool


async def get_contact_points(
    person_ids: list[str],
    *,
    reader: ContactReader,
    purpose: str,
    uow: Callable[[], UnitOfWork],
    clock: Clock,
    new_id: IdGenerator,
) -> list[Person]:
    """The known persons among `person_ids`; each read is recorded before it is answered."""
    if not reader.allowed:
        raise NotPermitted(
            "read contact points", "NOT_A_CONTACT_READER", "only services that notify people may"
        )
    wanted = sorted({p.strip() for p in person_ids if p.strip()})
    if not wanted or len(wanted) > MAX_PERSONS:
        raise InvalidField("person_ids", "count", f"give between 1 and {MAX_PERSONS} person ids")
    clean_purpose = purpose.strip()[:64] or "unspecified"
    async with uow() as work:
        found = await work.persons.get_many(wanted)
        now = clock.now()
        await work.reads.record(
            [
                PersonalDataRead(
                    new_id(), now, reader.client_id, p.person_id, FIELDS, clean_purpose
                )
                for p in found
            ]
        )
        await work.commit()
    return found
