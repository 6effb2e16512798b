"""Authority users and their profiles in PostgreSQL (version-checked on save)."""

from typing import Any

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_identity.adapters.orm import authority_user_profiles, authority_users, persons
from tramita_identity.domain.authority_users import AuthorityUser, UserStatus
from tramita_identity.domain.errors import ConcurrentChange
from tramita_identity.domain.events import ProfileGrant


class SqlAuthorityUserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self.seen: list[AuthorityUser] = []

    async def get(self, user_id: str) -> AuthorityUser | None:
        found = await self._load(authority_users.c.user_id == user_id)
        return found[0] if found else None

    async def add(self, user: AuthorityUser) -> None:
        self.seen.append(user)

    async def of_entity(
        self, entity_id: str, *, after: str | None, limit: int | None, include_deactivated: bool
    ) -> list[AuthorityUser]:
        conditions = [authority_users.c.entity_id == entity_id]
        if after:
            conditions.append(authority_users.c.user_id > after)
        if not include_deactivated:
            conditions.append(authority_users.c.status == UserStatus.ACTIVE.value)
        return await self._load(*conditions, limit=limit)

    async def username_taken(self, username: str) -> bool:
        query = select(exists().where(func.lower(authority_users.c.username) == username.lower()))
        return bool((await self._session.execute(query)).scalar())

    async def email_taken(self, email: str) -> bool:
        query = select(
            exists().where(
                authority_users.c.user_id == persons.c.person_id,
                func.lower(persons.c.email) == email.lower(),
            )
        )
        return bool((await self._session.execute(query)).scalar())

    async def save_changes(self) -> None:
        for user in self.seen:
            if user.changed:
                await self._save(user)
                user.changed = False

    async def _save(self, user: AuthorityUser) -> None:
        row = {
            "entity_id": user.entity_id,
            "username": user.username,
            "first_name": user.first_name,
            "surname": user.surname,
            "status": user.status.value,
            "created_at": user.created_at,
            "created_by": user.created_by,
            "updated_at": user.updated_at,
            "deactivated_at": user.deactivated_at,
        }
        if user.version == 0:
            await self._session.execute(
                authority_users.insert().values(**row, user_id=user.user_id, version=1)
            )
        else:
            statement = (
                update(authority_users)
                .where(authority_users.c.user_id == user.user_id)
                .where(authority_users.c.version == user.version)
                .values(**row, version=user.version + 1)
            )
            if (await self._session.execute(statement)).rowcount != 1:
                raise ConcurrentChange(f"user {user.user_id}")
            await self._session.execute(
                delete(authority_user_profiles).where(
                    authority_user_profiles.c.user_id == user.user_id
                )
            )
        if user.profiles:
            await self._session.execute(
                authority_user_profiles.insert(),
                [
                    {"user_id": user.user_id, "workflow": g.workflow, "profile": g.profile}
                    for g in user.profiles
                ],
            )
        user.version += 1

    async def _load(self, *conditions: Any, limit: int | None = None) -> list[AuthorityUser]:
        query = select(authority_users).where(*conditions).order_by(authority_users.c.user_id)
        if limit is not None:
            query = query.limit(limit)
        rows = (await self._session.execute(query)).mappings().all()
        wanted = [r["user_id"] for r in rows if not self._known(r["user_id"])]
        grants: dict[str, set[ProfileGrant]] = {u: set() for u in wanted}
        if wanted:
            profile_rows = await self._session.execute(
                select(authority_user_profiles).where(authority_user_profiles.c.user_id.in_(wanted))
            )
            for p in profile_rows.mappings():
                grants[p["user_id"]].add(ProfileGrant(p["workflow"], p["profile"]))
        found = []
        for row in rows:
            user = self._known(row["user_id"])
            if user is None:
                user = _user(row, frozenset(grants[row["user_id"]]))
                self.seen.append(user)
            found.append(user)
        return found

    def _known(self, user_id: str) -> AuthorityUser | None:
        return next((u for u in self.seen if u.user_id == user_id), None)


def _user(row: Any, profiles: frozenset[ProfileGrant]) -> AuthorityUser:
    return AuthorityUser(
        user_id=row["user_id"],
        entity_id=row["entity_id"],
        username=row["username"],
        first_name=row["first_name"],
        surname=row["surname"],
        profiles=profiles,
        status=UserStatus(row["status"]),
        created_at=row["created_at"],
        created_by=row["created_by"],
        updated_at=row["updated_at"],
        deactivated_at=row["deactivated_at"],
        version=row["version"],
    )
