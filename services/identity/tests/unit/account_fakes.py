"""Stand-ins for the outside world of access requests and authority users."""

import itertools
from dataclasses import dataclass, field

from tramita_identity.app.access_requests import AccessPolicy, AccessPorts
from tramita_identity.app.authority_users import UserPolicy, UserPorts
from tramita_identity.app.ports import DirectMessage, NewAccount
from tramita_identity.domain.authority_profiles import EntityInfo, EntityWorkflow
from tramita_identity.domain.errors import AccountExists

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
ENTITY = "ent-porto"
OTHER_ENTITY = "ent-lisboa"
COORDINATOR = "ent-nimic"
REQUESTS = "services-directive/requests"
ALERTS = "services-directive/alerts"


@dataclass
class FakeAccounts:
    created: dict[str, NewAccount] = field(default_factory=dict)
    set_password_emails: list[tuple[str, int]] = field(default_factory=list)
    passwords: dict[str, str] = field(default_factory=dict)
    disabled: set[str] = field(default_factory=set)
    deleted: list[str] = field(default_factory=list)
    taken_usernames: set[str] = field(default_factory=set)
    fail_set_password_email: bool = False
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    async def create(self, account: NewAccount) -> str:
        if account.username in self.taken_usernames or any(
            a.username == account.username for a in self.created.values()
        ):
            raise AccountExists("username")
        if any(a.email == account.email for a in self.created.values()):
            raise AccountExists("email")
        account_id = f"kc-{next(self._ids):03d}"
        self.created[account_id] = account
        if account.temporary_password:
            self.passwords[account_id] = account.temporary_password
        return account_id

    async def send_set_password_email(self, account_id: str, *, lifespan_seconds: int) -> None:
        if self.fail_set_password_email:
            raise RuntimeError("smtp down")
        self.set_password_emails.append((account_id, lifespan_seconds))

    async def set_temporary_password(self, account_id: str, password: str) -> None:
        self.passwords[account_id] = password

    async def disable(self, account_id: str) -> None:
        self.disabled.add(account_id)

    async def delete(self, account_id: str) -> None:
        self.deleted.append(account_id)
        self.created.pop(account_id, None)


@dataclass
class FakeMessages:
    sent: list[DirectMessage] = field(default_factory=list)
    fail: bool = False

    async def send(self, message: DirectMessage) -> None:
        if self.fail:
            from tramita_platform.errors import Unavailable

            raise Unavailable("notifications is away")
        self.sent.append(message)


@dataclass
class FakeProofs:
    blobs: dict[str, bytes] = field(default_factory=dict)

    async def put(self, *, key: str, data: bytes, media_type: str) -> None:
        self.blobs[key] = data

    async def get(self, *, key: str) -> bytes:
        return self.blobs[key]


@dataclass
class FakeEntities:
    known: dict[str, EntityInfo] = field(default_factory=dict)

    async def describe(self, entity_id: str) -> EntityInfo | None:
        return self.known.get(entity_id)


def porto() -> EntityInfo:
    """A competent authority with the requests and alerts workflows, coordinated by NIMIC."""
    return EntityInfo(
        ENTITY,
        "Câmara Municipal do Porto",
        (EntityWorkflow(REQUESTS), EntityWorkflow(ALERTS)),
        coordinator_ids=frozenset({COORDINATOR}),
    )


def lisboa() -> EntityInfo:
    return EntityInfo(OTHER_ENTITY, "Câmara Municipal de Lisboa", (EntityWorkflow(REQUESTS),))


def nimic() -> EntityInfo:
    """The national coordinator: coordinates the area and both workflows."""
    return EntityInfo(
        COORDINATOR,
        "Coordenador Nacional (NIMIC)",
        (EntityWorkflow(REQUESTS, True), EntityWorkflow(ALERTS, True)),
        coordinated_areas=frozenset({"services-directive"}),
    )


class Tokens:
    def __init__(self) -> None:
        self._n = itertools.count(1)

    def __call__(self) -> str:
        return f"token-{next(self._n):03d}"


def access_ports(uow, clock, ids, **overrides) -> AccessPorts:
    values = {
        "uow": uow,
        "clock": clock,
        "new_id": ids,
        "new_token": Tokens(),
        "proofs": FakeProofs(),
        "accounts": FakeAccounts(),
        "messages": FakeMessages(),
        "policy": AccessPolicy(),
    }
    return AccessPorts(**{**values, **overrides})


def user_ports(uow, clock, ids, **overrides) -> UserPorts:
    passwords = itertools.count(1)
    values = {
        "uow": uow,
        "clock": clock,
        "new_id": ids,
        "accounts": FakeAccounts(),
        "messages": FakeMessages(),
        "entities": FakeEntities({e.entity_id: e for e in (porto(), lisboa(), nimic())}),
        "policy": UserPolicy(),
        "new_password": lambda: f"Temp-pass{next(passwords):02d}",
    }
    return UserPorts(**{**values, **overrides})
