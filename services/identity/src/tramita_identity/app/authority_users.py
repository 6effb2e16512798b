"""Use cases of authority users (003 §3.2, §4.2; PRODUCT §3.5, §3.7, §12).

A local data administrator (or a coordinator's data administrator, or a platform
administrator) registers users of its entity: a generated username, a Keycloak account
with a temporary password to change at the first login (realm role `authority-user`), the
temporary password sent directly (it is a secret) and the instructions by event
(`AuthorityUserCreated` → notice `user.created`). Profile changes and deactivations are
published (`PersonProfilesChanged`, `PersonDeactivated`) so notifications knows who holds
what.
"""

import hashlib
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta

from tramita_identity.app.ports import (
    AccountAction,
    Accounts,
    Clock,
    DirectMessage,
    DirectMessages,
    Entities,
    IdGenerator,
    NewAccount,
    PersonalDataRead,
    UnitOfWork,
)
from tramita_identity.domain.authority_profiles import (
    EntityInfo,
    check_minimums,
    first_user_profiles,
    read_profiles,
)
from tramita_identity.domain.authority_users import (
    Administrator,
    AuthorityUser,
    Standing,
    UserAction,
    check_may_manage,
    check_may_reset,
)
from tramita_identity.domain.credentials import (
    policy_violations,
    temporary_password,
    username_candidates,
)
from tramita_identity.domain.errors import (
    AccountExists,
    EntityNotFound,
    StaleVersion,
    UserEmailTaken,
    UserNotFound,
)
from tramita_identity.domain.events import ProfileGrant
from tramita_identity.domain.field_rules import Violations
from tramita_identity.domain.persons import Contact, Person, Profile

type Uow = Callable[[], UnitOfWork]

AUTHORITY_IDP = "tramita"
DEFAULT_LANGUAGE = "pt-PT"
MAX_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class UserPolicy:
    temporary_password_valid_for: timedelta = timedelta(days=7)
    realm_roles: tuple[str, ...] = ("authority-user",)
    # Portal path the account e-mails link to (the login).
    login_link: str = "/auth/login"


@dataclass(frozen=True, slots=True)
class UserPorts:
    uow: Uow
    clock: Clock
    new_id: IdGenerator
    accounts: Accounts
    messages: DirectMessages
    entities: Entities
    policy: UserPolicy = UserPolicy()
    new_password: Callable[[], str] = temporary_password
    usernames: Callable[[str, str], list[str]] = username_candidates


@dataclass(frozen=True, slots=True)
class Acting:
    """The calling person and its platform roles (from the verified token)."""

    person_id: str
    roles: frozenset[str] = frozenset()

    @property
    def platform_admin(self) -> bool:
        return "platform-admin" in self.roles


@dataclass(frozen=True, slots=True)
class RegisterUser:
    acting: Acting
    entity_id: str
    first_name: str
    surname: str
    email: str
    phone: str = ""
    language: str = ""
    profiles: tuple[ProfileGrant, ...] = ()
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class UserView:
    user: AuthorityUser
    person: Person | None


@dataclass(frozen=True, slots=True)
class Registered:
    view: UserView
    first_user: bool
    password_expires_at: datetime


@dataclass(frozen=True, slots=True)
class ChangeProfiles:
    acting: Acting
    entity_id: str
    user_id: str
    profiles: tuple[ProfileGrant, ...]
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class UserCommand:
    """Deactivate a user, or reset its password."""

    acting: Acting
    entity_id: str
    user_id: str
    idempotency_key: str = ""


async def register_user(command: RegisterUser, *, ports: UserPorts) -> Registered:
    rules = Violations()
    first = rules.text("first_name", command.first_name, max_length=100)
    surname = rules.text("surname", command.surname, max_length=100)
    email = rules.email("email", command.email)
    phone = rules.phone("phone", command.phone)
    language = rules.language("preferred_language", command.language, default=DEFAULT_LANGUAGE)
    rules.raise_any()
    entity = await ports.entities.describe(command.entity_id)
    now = ports.clock.now()
    expires = now + ports.policy.temporary_password_valid_for
    key = _key(command.acting, command.idempotency_key)
    fingerprint = _fingerprint(
        command.entity_id, first, surname, email, phone, language, _grants(command.profiles)
    )
    async with ports.uow() as work:
        actor = await _administrator(work, command.acting)
        check_may_manage(actor, entity, command.entity_id, "register users")
        entity = _known(entity, command.entity_id)
        if command.idempotency_key:
            earlier = await work.idempotency.recall(key=key, fingerprint=fingerprint)
            if earlier is not None:
                view = await _view(work, earlier, command.entity_id)
                user = view.user
                return Registered(view, "first" in earlier, user.created_at + _valid(ports))
        if await work.users.email_taken(email):
            raise UserEmailTaken()
        members = await work.users.of_entity(
            entity.entity_id, after=None, limit=None, include_deactivated=False
        )
        first_user = not members
        if first_user:
            profiles = first_user_profiles(entity)
        else:
            profiles = read_profiles(command.profiles, entity)
        names = [
            n for n in ports.usernames(first, surname) if not await work.users.username_taken(n)
        ]
        username, password, account_id = await _create_account(
            ports, names, first, surname, email, phone, entity.entity_id
        )
        try:
            user = AuthorityUser.register(
                user_id=account_id,
                entity=entity,
                username=username,
                first_name=first,
                surname=surname,
                profiles=profiles,
                first_user=first_user,
                by=command.acting.person_id,
                now=now,
            )
            profile = Profile(
                f"{first} {surname}", Contact(email, phone, language), "", "", AUTHORITY_IDP
            )
            person = Person.register(person_id=account_id, profile=profile, now=now)
            await work.persons.add(person)
            await work.users.add(user)
            await _log(work, ports, command.acting, "user.registered", user, username)
            if command.idempotency_key:
                marker = f"{account_id} first" if first_user else account_id
                await work.idempotency.remember(key=key, fingerprint=fingerprint, result=marker)
            await ports.messages.send(
                _password_message(
                    "user.temporary_password",
                    person,
                    password,
                    expires,
                    ports,
                    f"user-temporary-password/{account_id}",
                )
            )
            await work.commit()
        except BaseException:
            with suppress(Exception):
                await ports.accounts.delete(account_id)
            raise
    return Registered(UserView(user, person), first_user, expires)


async def _create_account(
    ports: UserPorts,
    names: list[str],
    first: str,
    surname: str,
    email: str,
    phone: str,
    entity_id: str,
) -> tuple[str, str, str]:
    """The first free username wins (a clash at the provider moves on to the next)."""
    attributes = {"entity_id": entity_id}
    if phone:
        attributes["phone_number"] = phone
    for username in names:
        password = ports.new_password()
        while policy_violations(password, username=username):
            password = ports.new_password()
        try:
            account_id = await ports.accounts.create(
                NewAccount(
                    username=username,
                    email=email,
                    first_name=first,
                    last_name=surname,
                    email_verified=False,
                    realm_roles=ports.policy.realm_roles,
                    attributes=attributes,
                    temporary_password=password,
                )
            )
        except AccountExists as clash:
            if clash.what == "email":
                raise UserEmailTaken() from clash
            continue
        return username, password, account_id
    raise AccountExists("username")


async def list_users(
    acting: Acting,
    entity_id: str,
    *,
    after: str | None,
    page_size: int,
    include_deactivated: bool,
    ports: UserPorts,
) -> tuple[list[UserView], str | None]:
    entity = await ports.entities.describe(entity_id)
    limit = max(1, min(page_size or 20, MAX_PAGE_SIZE))
    async with ports.uow() as work:
        actor = await _administrator(work, acting)
        check_may_manage(actor, entity, entity_id, "list users")
        _known(entity, entity_id)
        found = await work.users.of_entity(
            entity_id, after=after, limit=limit + 1, include_deactivated=include_deactivated
        )
        page = found[:limit]
        persons = {p.person_id: p for p in await work.persons.get_many([u.user_id for u in page])}
        await _audit(work, ports, acting, [u.user_id for u in page])
        await work.commit()
    views = [UserView(u, persons.get(u.user_id)) for u in page]
    return views, (page[-1].user_id if len(found) > limit else None)


async def get_user(acting: Acting, entity_id: str, user_id: str, *, ports: UserPorts) -> UserView:
    entity = await ports.entities.describe(entity_id)
    async with ports.uow() as work:
        actor = await _administrator(work, acting)
        if actor.membership is None or actor.membership.user_id != user_id:
            check_may_manage(actor, entity, entity_id, "read users")
        _known(entity, entity_id)
        view = await _view(work, user_id, entity_id)
        await _audit(work, ports, acting, [user_id])
        await work.commit()
    return view


async def change_profiles(command: ChangeProfiles, *, ports: UserPorts) -> UserView:
    entity = await ports.entities.describe(command.entity_id)
    key = _key(command.acting, command.idempotency_key)
    fingerprint = _fingerprint(
        command.entity_id, command.user_id, command.expected_version, _grants(command.profiles)
    )
    async with ports.uow() as work:
        actor = await _administrator(work, command.acting)
        check_may_manage(actor, entity, command.entity_id, "change users' profiles")
        entity = _known(entity, command.entity_id)
        if command.idempotency_key and await work.idempotency.recall(
            key=key, fingerprint=fingerprint
        ):
            return await _view(work, command.user_id, command.entity_id)
        target = await _user(work, command.user_id, command.entity_id)
        if command.expected_version and command.expected_version != target.version:
            raise StaleVersion(f"user {target.user_id}", command.expected_version, target.version)
        target.check(UserAction.CHANGE_PROFILES)
        profiles = read_profiles(command.profiles, entity)
        await _check_minimums(work, entity, target, profiles)
        if target.change_profiles(profiles, ports.clock.now()):
            detail = _grants(tuple(profiles))[:500]
            await _log(work, ports, command.acting, "user.profiles_changed", target, detail)
        if command.idempotency_key:
            await work.idempotency.remember(key=key, fingerprint=fingerprint, result=target.user_id)
        await work.commit()
        return UserView(target, await work.persons.get(target.user_id))


async def deactivate_user(command: UserCommand, *, ports: UserPorts) -> UserView:
    entity = await ports.entities.describe(command.entity_id)
    key = _key(command.acting, command.idempotency_key)
    fingerprint = f"deactivate/{command.entity_id}/{command.user_id}"
    async with ports.uow() as work:
        actor = await _administrator(work, command.acting)
        check_may_manage(actor, entity, command.entity_id, "deactivate users")
        entity = _known(entity, command.entity_id)
        if command.idempotency_key and await work.idempotency.recall(
            key=key, fingerprint=fingerprint
        ):
            return await _view(work, command.user_id, command.entity_id)
        target = await _user(work, command.user_id, command.entity_id)
        target.check(UserAction.DEACTIVATE)
        await _check_minimums(work, entity, target, frozenset())
        await ports.accounts.disable(target.user_id)
        target.deactivate(ports.clock.now())
        await _log(work, ports, command.acting, "user.deactivated", target, "")
        if command.idempotency_key:
            await work.idempotency.remember(key=key, fingerprint=fingerprint, result=target.user_id)
        await work.commit()
        return UserView(target, await work.persons.get(target.user_id))


async def reset_password(command: UserCommand, *, ports: UserPorts) -> datetime:
    """A new temporary password, sent to the user directly; returns when it expires."""
    entity = await ports.entities.describe(command.entity_id)
    key = _key(command.acting, command.idempotency_key)
    fingerprint = f"reset/{command.entity_id}/{command.user_id}"
    now = ports.clock.now()
    async with ports.uow() as work:
        actor = await _administrator(work, command.acting)
        manager: Standing = check_may_manage(actor, entity, command.entity_id, "reset passwords")
        _known(entity, command.entity_id)
        if command.idempotency_key:
            earlier = await work.idempotency.recall(key=key, fingerprint=fingerprint)
            if earlier is not None:
                return datetime.fromisoformat(earlier)
        target = await _user(work, command.user_id, command.entity_id)
        check_may_reset(actor, manager, target)
        target.check(UserAction.RESET_PASSWORD)
        person = await work.persons.get(target.user_id)
        if person is None:
            raise UserNotFound(target.user_id)
        password = ports.new_password()
        while policy_violations(password, username=target.username):
            password = ports.new_password()
        await ports.accounts.set_temporary_password(target.user_id, password)
        expires = now + ports.policy.temporary_password_valid_for
        action_id = await _log(work, ports, command.acting, "user.password_reset", target, "")
        if command.idempotency_key:
            await work.idempotency.remember(
                key=key, fingerprint=fingerprint, result=expires.isoformat()
            )
        await ports.messages.send(
            _password_message(
                "password.reset", person, password, expires, ports, f"password-reset/{action_id}"
            )
        )
        await work.commit()
    return expires


async def _check_minimums(
    work: UnitOfWork, entity: EntityInfo, target: AuthorityUser, profiles: frozenset[ProfileGrant]
) -> None:
    members = await work.users.of_entity(
        entity.entity_id, after=None, limit=None, include_deactivated=False
    )
    before: Counter[ProfileGrant] = Counter()
    after: Counter[ProfileGrant] = Counter()
    for member in members:
        if member.user_id == target.user_id:
            member = target
        before.update(member.profiles)
        after.update(profiles if member.user_id == target.user_id else member.profiles)
    check_minimums(entity, before, after)


def _password_message(
    kind: str,
    person: Person,
    password: str,
    expires: datetime,
    ports: UserPorts,
    idempotency_key: str,
) -> DirectMessage:
    contact = person.profile.contact
    return DirectMessage(
        kind=kind,
        channel="email",
        address=contact.email,
        language=contact.language,
        idempotency_key=idempotency_key,
        person_id=person.person_id,
        link=ports.policy.login_link,
        params={"temporary_password": password, "expires_on": expires.date().isoformat()},
    )


async def _administrator(work: UnitOfWork, acting: Acting) -> Administrator:
    membership = await work.users.get(acting.person_id) if acting.person_id else None
    return Administrator(acting.person_id, acting.platform_admin, membership)


async def _user(work: UnitOfWork, user_id: str, entity_id: str) -> AuthorityUser:
    user = await work.users.get(user_id)
    if user is None or user.entity_id != entity_id:
        raise UserNotFound(user_id)
    return user


async def _view(work: UnitOfWork, result: str, entity_id: str) -> UserView:
    user = await _user(work, result.split()[0], entity_id)
    return UserView(user, await work.persons.get(user.user_id))


async def _log(
    work: UnitOfWork,
    ports: UserPorts,
    acting: Acting,
    action: str,
    user: AuthorityUser,
    detail: str,
) -> str:
    action_id = ports.new_id()
    entry = AccountAction(
        action_id, ports.clock.now(), acting.person_id, action, user.user_id, user.entity_id, detail
    )
    await work.account_log.record(entry)
    return action_id


async def _audit(work: UnitOfWork, ports: UserPorts, acting: Acting, user_ids: list[str]) -> None:
    now = ports.clock.now()
    await work.reads.record(
        [
            PersonalDataRead(
                ports.new_id(),
                now,
                acting.person_id,
                u,
                "name,email,phone,language",
                "user-administration",
            )
            for u in user_ids
        ]
    )


def _valid(ports: UserPorts) -> timedelta:
    return ports.policy.temporary_password_valid_for


def _key(acting: Acting, key: str) -> str:
    return f"{acting.person_id}/{key}"


def _grants(grants: tuple[ProfileGrant, ...]) -> str:
    return " ".join(sorted(f"{g.workflow}:{g.profile}" for g in grants))


def _fingerprint(*parts: object) -> str:
    """Stable across processes (no set ordering): what the command asks for, no key."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()


def _known(entity: EntityInfo | None, entity_id: str) -> EntityInfo:
    if entity is None:
        raise EntityNotFound(entity_id)
    return entity
