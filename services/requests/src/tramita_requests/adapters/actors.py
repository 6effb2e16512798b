"""Who acts: the token's `entity_id` claim names the entity (Keycloak maps it for authority
users); the profiles come from identity (`IdentityActors`, asking `GetAuthorityUser` with the
caller's own token: a user may read itself) or, as a stand-in, from the token's roles
(`TokenClaimsActors`). Profiles count only in the request's workflow, "<area>/requests".
"""

from collections.abc import Iterable

from tramita.identity.v1 import identity_pb2

from tramita_requests.app.errors import NoActingEntity
from tramita_requests.app.ports import Caller
from tramita_requests.domain.actors import Actor
from tramita_requests.domain.states import Profile

_NAMES = {p.value: p for p in Profile}


def workflow(area: str) -> str:
    return f"{area}/requests"


def _entity(caller: Caller) -> str:
    if not caller.entity_ids:
        raise NoActingEntity("the token names no entity to act for")
    return caller.entity_ids[0]


def _profiles(names: Iterable[str]) -> frozenset[Profile]:
    return frozenset(_NAMES[n] for n in names if n in _NAMES)


class TokenClaimsActors:
    """Profiles from the token's roles (tests, and stacks where identity is not asked)."""

    async def actor(self, caller: Caller, *, area: str) -> Actor:
        return Actor(caller.subject, _entity(caller), _profiles(caller.roles))


class IdentityActors:
    """Profiles as identity records them for the user in the entity and the workflow."""

    def __init__(self, stub) -> None:
        self._stub = stub

    async def actor(self, caller: Caller, *, area: str) -> Actor:
        entity_id = _entity(caller)
        found = await self._stub.GetAuthorityUser(
            identity_pb2.GetAuthorityUserRequest(entity_id=entity_id, user_id=caller.subject)
        )
        user = found.user
        if user.status != "active":
            raise NoActingEntity("the user is not active in its entity")
        names = (p.profile for p in user.profiles if p.workflow == workflow(area))
        return Actor(caller.subject, entity_id, _profiles(names))
