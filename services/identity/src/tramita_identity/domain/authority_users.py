"""Users of competent authorities (003 §3.2, §4.2; PRODUCT §3.5, §3.7, §12).

A user belongs to exactly one entity and holds profiles there. Only the entity's local
data administrators, the data administrators of a coordinator of the entity, and platform
administrators manage its users; anyone else does not even learn the entity has users.
"""

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from tramita_identity.domain.authority_profiles import (
    DATA_ADMINISTRATOR,
    LOCAL_DATA_ADMINISTRATOR,
    EntityInfo,
)
from tramita_identity.domain.errors import EntityNotFound, NotPermitted, WrongState
from tramita_identity.domain.events import (
    AuthorityUserCreated,
    IdentityEvent,
    PersonDeactivated,
    PersonProfilesChanged,
    ProfileGrant,
)

LOCAL_ADMIN = ProfileGrant("", LOCAL_DATA_ADMINISTRATOR)


class UserStatus(enum.StrEnum):
    ACTIVE = "active"
    DEACTIVATED = "deactivated"


class UserAction(enum.StrEnum):
    CHANGE_PROFILES = "change_profiles"
    RESET_PASSWORD = "reset_password"
    DEACTIVATE = "deactivate"


# (status, action) -> next status; nothing is allowed on a deactivated account.
USER_TRANSITIONS: Mapping[tuple[UserStatus, UserAction], UserStatus] = {
    (UserStatus.ACTIVE, UserAction.CHANGE_PROFILES): UserStatus.ACTIVE,
    (UserStatus.ACTIVE, UserAction.RESET_PASSWORD): UserStatus.ACTIVE,
    (UserStatus.ACTIVE, UserAction.DEACTIVATE): UserStatus.DEACTIVATED,
}


def next_status(status: UserStatus, action: UserAction) -> UserStatus:
    try:
        return USER_TRANSITIONS[(status, action)]
    except KeyError:
        raise WrongState(
            state=status.value, action=action.value, explanation="the account is deactivated"
        ) from None


@dataclass(slots=True)
class AuthorityUser:
    """One user of one entity. `user_id` is the account's id (its logins' token subject)."""

    user_id: str
    entity_id: str
    username: str
    first_name: str
    surname: str
    profiles: frozenset[ProfileGrant]
    status: UserStatus
    created_at: datetime
    created_by: str
    updated_at: datetime
    deactivated_at: datetime | None = None
    version: int = 0
    events: list[IdentityEvent] = field(default_factory=list, compare=False, repr=False)
    changed: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def register(
        cls,
        *,
        user_id: str,
        entity: EntityInfo,
        username: str,
        first_name: str,
        surname: str,
        profiles: frozenset[ProfileGrant],
        first_user: bool,
        by: str,
        now: datetime,
    ) -> "AuthorityUser":
        user = cls(
            user_id,
            entity.entity_id,
            username,
            first_name,
            surname,
            profiles,
            UserStatus.ACTIVE,
            created_at=now,
            created_by=by,
            updated_at=now,
            changed=True,
        )
        user.events.append(AuthorityUserCreated(user_id, entity.entity_id, entity.name, first_user))
        user.events.append(user._profiles_event())
        return user

    @property
    def active(self) -> bool:
        return self.status is UserStatus.ACTIVE

    @property
    def is_local_admin(self) -> bool:
        return self.active and LOCAL_ADMIN in self.profiles

    def holds(self, profile: str) -> bool:
        return self.active and any(g.profile == profile for g in self.profiles)

    def check(self, action: UserAction) -> None:
        next_status(self.status, action)

    def change_profiles(self, profiles: frozenset[ProfileGrant], now: datetime) -> bool:
        """Replace the profiles; False (and no event) when nothing changes."""
        self.check(UserAction.CHANGE_PROFILES)
        if profiles == self.profiles:
            return False
        self.profiles, self.updated_at, self.changed = profiles, now, True
        self.events.append(self._profiles_event())
        return True

    def deactivate(self, now: datetime) -> None:
        self.status = next_status(self.status, UserAction.DEACTIVATE)
        self.deactivated_at, self.updated_at, self.changed = now, now, True
        self.events.append(PersonDeactivated(self.user_id))
        self.events.append(PersonProfilesChanged(self.user_id, self.entity_id, ()))

    def _profiles_event(self) -> PersonProfilesChanged:
        ordered = tuple(sorted(self.profiles, key=lambda g: (g.workflow, g.profile)))
        return PersonProfilesChanged(self.user_id, self.entity_id, ordered)


class Standing(enum.StrEnum):
    """How the acting person stands towards an entity's users."""

    PLATFORM_ADMINISTRATOR = "platform_administrator"
    COORDINATOR = "coordinator"
    LOCAL_ADMINISTRATOR = "local_administrator"
    MEMBER = "member"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Administrator:
    """The person acting: platform role, and its own membership (None: no authority user)."""

    person_id: str
    platform_admin: bool = False
    membership: AuthorityUser | None = None


def standing(actor: Administrator, entity: EntityInfo | None, entity_id: str) -> Standing:
    if actor.platform_admin:
        return Standing.PLATFORM_ADMINISTRATOR
    own = actor.membership
    if own is None or not own.active:
        return Standing.NONE
    if own.entity_id == entity_id:
        return Standing.LOCAL_ADMINISTRATOR if own.is_local_admin else Standing.MEMBER
    coordinating = entity is not None and own.entity_id in entity.coordinator_ids
    if coordinating and (own.holds(DATA_ADMINISTRATOR) or own.is_local_admin):
        return Standing.COORDINATOR
    return Standing.NONE


def check_may_manage(
    actor: Administrator, entity: EntityInfo | None, entity_id: str, action: str
) -> Standing:
    """Who manages an entity's users; another entity's user learns nothing (NOT_FOUND)."""
    found = standing(actor, entity, entity_id)
    if found is Standing.NONE:
        raise EntityNotFound(entity_id)
    if found is Standing.MEMBER:
        raise NotPermitted(
            action, "NOT_LOCAL_DATA_ADMINISTRATOR", "only local data administrators may"
        )
    return found


def check_may_reset(actor: Administrator, manager: Standing, target: AuthorityUser) -> None:
    """A local data administrator resets another user's password; nobody resets their own,
    so the only local data administrator of an entity is reset by its coordinator (or a
    platform administrator) (003 §3.2.4)."""
    if manager is Standing.LOCAL_ADMINISTRATOR and target.user_id == actor.person_id:
        raise NotPermitted(
            "reset your own password",
            "OWN_PASSWORD",
            "ask another local data administrator, or your coordinator if you are the only one",
        )
