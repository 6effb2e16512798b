"""Which entity a caller acts for, from the verified token (until identity answers it).

Stand-in for the identity service, which owns user <-> entity membership: the token's
`entity_id` claim (a string) or `entity_ids` claim (a list) says which entities the caller
may act for; a requested `acting_entity_id` must be one of them. When identity can answer
"may person P act for entity E", an `IdentityActorResolver` (a gRPC client) replaces this
class in bootstrap.py and nothing else changes.
"""

from tramita_registry.app.ports import ActorIdentity, Caller
from tramita_registry.domain.errors import Forbidden


class TokenClaimsActorResolver:
    async def resolve(self, caller: Caller) -> ActorIdentity:
        allowed = tuple(dict.fromkeys(caller.entity_ids))
        wanted = caller.acting_entity_id.strip()
        if wanted and wanted not in allowed:
            raise Forbidden(f"act for entity {wanted}", "ACTING_ENTITY_NOT_GRANTED_TO_CALLER")
        entity_id = wanted or (allowed[0] if len(allowed) == 1 else None)
        return ActorIdentity(caller.subject, entity_id, caller.platform_roles)
