"""Who acts, and the facts about entities the rules need, as snapshots the caller supplies.

The registry owns entity statuses and workflow flags (003 §9.1.4), identity owns user
profiles; the application reads them for the legislative area of the request and passes
them in, so the domain stays pure.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from tramita_requests.domain.errors import UnknownEntity
from tramita_requests.domain.states import Profile


@dataclass(frozen=True, slots=True)
class Actor:
    """A user acting for its entity with its requests-workflow profiles in the area."""

    person_id: str
    entity_id: str
    profiles: frozenset[Profile]


@dataclass(frozen=True, slots=True)
class EntityFacts:
    """An entity's status and requests-workflow flags (defaults are the guide's, §9.1.4).

    `active` is False for a suspended or inactive entity: it may finish ongoing exchanges
    but start no new one. The last three flags matter only for request coordinators.
    """

    entity_id: str
    country: str
    active: bool = True
    request_coordinator: bool = False
    subject_to_approval: bool = False
    may_refuse_requests: bool = False
    accepts_foreign_requests: bool = True
    uses_allocation: bool = False
    privileged_coordinator_ids: tuple[str, ...] = ()
    participates_in_supervision: bool = True
    approves_requests: bool = False
    approves_answers: bool = False


@dataclass(frozen=True, slots=True)
class Entities:
    """The facts of every entity an action touches, by id."""

    by_id: Mapping[str, EntityFacts] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: Iterable[EntityFacts]) -> "Entities":
        return cls({f.entity_id: f for f in facts})

    def get(self, entity_id: str) -> EntityFacts:
        """The facts of `entity_id`; UnknownEntity when the caller left them out."""
        try:
            return self.by_id[entity_id]
        except KeyError:
            raise UnknownEntity(entity_id) from None

    def find(self, entity_id: str) -> EntityFacts | None:
        return self.by_id.get(entity_id) if entity_id else None
