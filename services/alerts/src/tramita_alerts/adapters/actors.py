"""Who acts, from the verified token (until identity answers it).

Stand-in for an identity client: the token's `entity_id` claim names the entity the
person acts for (the first of `entity_ids` otherwise) and its roles carry the alert
profiles (`alert-viewer`, `alert-manager`, `alert-broadcaster`); the entity's role and
flags come from the entity directory. An `IdentityActors` gRPC client replaces this class
in bootstrap.py when identity can say which profiles a person holds in an entity.
"""

from tramita_alerts.app.errors import NoActingEntity
from tramita_alerts.app.ports import Caller, EntityDirectory
from tramita_alerts.domain.roles import Actor, Profile

COMMISSION_ROLE = "commission"


class TokenClaimsActors:
    def __init__(self, directory: EntityDirectory) -> None:
        self._directory = directory

    async def actor(self, caller: Caller) -> Actor:
        if not caller.entity_ids:
            if COMMISSION_ROLE in caller.roles:
                return Actor(person_id=caller.subject, entity=None, commission=True)
            raise NoActingEntity("the token names no entity to act for")
        entity = await self._directory.entity(caller.entity_ids[0])
        if entity is None:
            raise NoActingEntity(f"{caller.entity_ids[0]} has no access to the alert workflow")
        profiles = frozenset(p for p in Profile if p.value in caller.roles)
        if not entity.is_coordinator:
            profiles -= {Profile.BROADCASTER}
        return Actor(person_id=caller.subject, entity=entity, profiles=profiles)
