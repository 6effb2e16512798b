"""Which entity a caller acts for, from the verified token (until identity answers it).

Stand-in for the identity service, which owns user <-> entity membership: the token's
`entity_id` claim (a string) or `entity_ids` claim (a list) says which entities the caller
may act for; a requested `acting_entity_id` must be one of them. When identity can answer
"may person P act for entity E", an `IdentityActorResolver` (a gRPC client) replaces this
class in bootstrap.py and nothing else changes.

Until then no token says that anyone belongs to an entity, so a platform administrator
may stand in for a NIMIC — the entity its role registers, validates and manages (§2.3.3)
— to run its coordinator work (invitations, validations) on a fresh platform. Standing in
for any other entity is refused.
"""

from tramita_registry.app.ports import ActorIdentity, Caller
from tramita_registry.domain.errors import Forbidden

PLATFORM_ADMIN = "platform-admin"


class TokenClaimsActorResolver:
    """A platform administrator may name an entity it holds no claim for: it then stands in
    for it, which the use cases allow only for a NIMIC (see `resolve_acting`)."""

    async def resolve(self, caller: Caller) -> ActorIdentity:
        allowed = tuple(dict.fromkeys(caller.entity_ids))
        wanted = caller.acting_entity_id.strip()
        if wanted and wanted not in allowed:
            if PLATFORM_ADMIN in caller.platform_roles:
                return ActorIdentity(caller.subject, wanted, caller.platform_roles, stand_in=True)
            raise Forbidden(f"act for entity {wanted}", "ACTING_ENTITY_NOT_GRANTED_TO_CALLER")
        entity_id = wanted or (allowed[0] if len(allowed) == 1 else None)
        return ActorIdentity(caller.subject, entity_id, caller.platform_roles)
