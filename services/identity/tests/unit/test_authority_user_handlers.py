"""Authority user use cases with fake storage, accounts, messages and registry."""

import pytest
from tramita_identity.app.authority_users import (
    Acting,
    ChangeProfiles,
    RegisterUser,
    UserCommand,
    change_profiles,
    deactivate_user,
    get_user,
    list_users,
    register_user,
    reset_password,
)
from tramita_identity.domain.authority_profiles import LastHolder
from tramita_identity.domain.authority_users import UserStatus
from tramita_identity.domain.credentials import policy_violations
from tramita_identity.domain.errors import (
    EntityNotFound,
    NotPermitted,
    StaleVersion,
    UserEmailTaken,
    UserNotFound,
    WrongState,
)
from tramita_identity.domain.events import (
    AuthorityUserCreated,
    PersonDeactivated,
    PersonProfilesChanged,
    PersonRegistered,
    ProfileGrant,
)

from .account_fakes import ALERTS, COORDINATOR, ENTITY, OTHER_ENTITY, REQUESTS, user_ports

ADMIN = Acting("platform-admin-1", frozenset({"platform-admin"}))
G = ProfileGrant


@pytest.fixture
def ports(uow, clock, ids):
    return user_ports(uow, clock, ids)


async def register(ports, acting=ADMIN, entity=ENTITY, email="ana@porto.pt", **extra):
    command = RegisterUser(acting, entity, "Ana", "Conceição", email, **extra)
    return await register_user(command, ports=ports)


async def test_the_first_user_is_the_local_administrator_with_every_profile(ports, uow) -> None:
    done = await register(ports, phone="+351912345678", language="pt-PT")
    user = done.view.user
    assert done.first_user
    assert G("", "local-data-administrator") in user.profiles
    assert G(REQUESTS, "request-handler") in user.profiles
    assert user.username.startswith("aconcei") and len(user.username) == len("aconcei") + 4
    account = ports.accounts.created[user.user_id]
    assert account.username == user.username and account.realm_roles == ("authority-user",)
    assert account.attributes == {"entity_id": ENTITY, "phone_number": "+351912345678"}
    assert policy_violations(account.temporary_password, username=user.username) == []
    [message] = ports.messages.sent
    assert (message.kind, message.address, message.person_id) == (
        "user.temporary_password",
        "ana@porto.pt",
        user.user_id,
    )
    assert message.params == {
        "temporary_password": account.temporary_password,
        "expires_on": "2026-11-30",
    }
    assert PersonRegistered(user.user_id) in uow.published
    assert AuthorityUserCreated(user.user_id, ENTITY, "Câmara Municipal do Porto", True) in (
        uow.published
    )
    changed = [e for e in uow.published if isinstance(e, PersonProfilesChanged)]
    assert changed[0].entity_id == ENTITY and len(changed[0].profiles) == 7
    assert uow.account_log.rows[0].action == "user.registered"


async def first_admin(ports) -> Acting:
    done = await register(ports)
    return Acting(done.view.user.user_id)


async def test_later_users_get_what_the_local_administrator_asks(ports, uow) -> None:
    ana = await first_admin(ports)
    done = await register(
        ports, ana, email="rui@porto.pt", profiles=(G(REQUESTS, "request-viewer"),)
    )
    assert not done.first_user
    assert done.view.user.profiles == {G(REQUESTS, "request-viewer"), G("", "basic-user")}
    assert done.view.user.created_by == ana.person_id


async def test_usernames_and_emails_are_unique(ports, uow) -> None:
    ana = await first_admin(ports)
    ports.accounts.taken_usernames.add("clash")
    clashing = user_ports(
        uow,
        ports.clock,
        ports.new_id,
        accounts=ports.accounts,
        messages=ports.messages,
        usernames=lambda first, last: ["clash", "free0001"],
    )
    done = await register_user(
        RegisterUser(ana, ENTITY, "Bia", "Lopes", "bia@porto.pt"), ports=clashing
    )
    assert done.view.user.username == "free0001"
    with pytest.raises(UserEmailTaken):
        await register(ports, ana, email="BIA@porto.pt")


async def test_only_administrators_of_the_entity_register(ports) -> None:
    ana = await first_admin(ports)
    rui = Acting((await register(ports, ana, email="rui@porto.pt")).view.user.user_id)
    with pytest.raises(NotPermitted):
        await register(ports, rui, email="x@porto.pt")
    eva = Acting((await register(ports, ADMIN, OTHER_ENTITY, "eva@lisboa.pt")).view.user.user_id)
    with pytest.raises(EntityNotFound):
        await register(ports, eva, email="y@porto.pt")
    with pytest.raises(EntityNotFound):
        await register(ports, ADMIN, "no-such-entity", "z@x.pt")


async def test_a_user_of_another_entity_never_sees_its_users(ports) -> None:
    ana = await first_admin(ports)
    eva = Acting((await register(ports, ADMIN, OTHER_ENTITY, "eva@lisboa.pt")).view.user.user_id)
    with pytest.raises(EntityNotFound):
        await list_users(
            eva, ENTITY, after=None, page_size=10, include_deactivated=False, ports=ports
        )
    with pytest.raises(EntityNotFound):
        await get_user(eva, ENTITY, ana.person_id, ports=ports)
    with pytest.raises(UserNotFound):
        await get_user(ADMIN, OTHER_ENTITY, ana.person_id, ports=ports)
    with pytest.raises(EntityNotFound):
        await list_users(
            ADMIN,
            "no-such-entity",
            after=None,
            page_size=10,
            include_deactivated=False,
            ports=ports,
        )
    found, cursor = await list_users(
        ana, ENTITY, after=None, page_size=10, include_deactivated=False, ports=ports
    )
    assert [v.person.profile.contact.email for v in found] == ["ana@porto.pt"] and cursor is None
    assert (await get_user(ana, ENTITY, ana.person_id, ports=ports)).user.entity_id == ENTITY


async def test_profile_changes_are_published_and_the_last_administrator_stays(ports, uow) -> None:
    ana = await first_admin(ports)
    rui = (await register(ports, ana, email="rui@porto.pt")).view.user
    uow.published.clear()
    wanted = (G("", "local-data-administrator"), G(REQUESTS, "request-handler"))
    view = await change_profiles(
        ChangeProfiles(ana, ENTITY, rui.user_id, wanted, expected_version=1), ports=ports
    )
    assert G(REQUESTS, "request-allocator") in view.user.profiles
    [event] = uow.published
    assert isinstance(event, PersonProfilesChanged) and event.person_id == rui.user_id
    with pytest.raises(StaleVersion):
        await change_profiles(
            ChangeProfiles(ana, ENTITY, rui.user_id, wanted, expected_version=1), ports=ports
        )
    # Ana may now give up administration; then Rui may not.
    await change_profiles(ChangeProfiles(ana, ENTITY, ana.person_id, wanted[1:]), ports=ports)
    with pytest.raises(LastHolder):
        await change_profiles(
            ChangeProfiles(Acting(rui.user_id), ENTITY, rui.user_id, wanted[1:]), ports=ports
        )


async def test_deactivation_disables_the_account_and_is_published(ports, uow) -> None:
    ana = await first_admin(ports)
    rui = (await register(ports, ana, email="rui@porto.pt")).view.user
    uow.published.clear()
    view = await deactivate_user(UserCommand(ana, ENTITY, rui.user_id, "d1"), ports=ports)
    assert view.user.status is UserStatus.DEACTIVATED
    assert rui.user_id in ports.accounts.disabled
    assert uow.published == [
        PersonDeactivated(rui.user_id),
        PersonProfilesChanged(rui.user_id, ENTITY, ()),
    ]
    again = await deactivate_user(UserCommand(ana, ENTITY, rui.user_id, "d1"), ports=ports)
    assert again.user.status is UserStatus.DEACTIVATED
    with pytest.raises(WrongState):
        await deactivate_user(UserCommand(ana, ENTITY, rui.user_id, "d2"), ports=ports)
    with pytest.raises(LastHolder):
        await deactivate_user(UserCommand(ADMIN, ENTITY, ana.person_id), ports=ports)


async def test_password_reset_rules(ports, uow) -> None:
    ana = await first_admin(ports)
    rui = (await register(ports, ana, email="rui@porto.pt")).view.user
    await reset_password(UserCommand(ana, ENTITY, rui.user_id, "p1"), ports=ports)
    message = ports.messages.sent[-1]
    assert (message.kind, message.address) == ("password.reset", "rui@porto.pt")
    assert ports.accounts.passwords[rui.user_id] == message.params["temporary_password"]
    # Ana is the only local administrator: she cannot reset herself; her coordinator can.
    with pytest.raises(NotPermitted):
        await reset_password(UserCommand(ana, ENTITY, ana.person_id), ports=ports)
    coordinator = Acting(
        (await register(ports, ADMIN, COORDINATOR, "co@nimic.pt")).view.user.user_id
    )
    await reset_password(UserCommand(coordinator, ENTITY, ana.person_id), ports=ports)
    assert ports.messages.sent[-1].address == "ana@porto.pt"
    sent = len(ports.messages.sent)
    await reset_password(UserCommand(ana, ENTITY, rui.user_id, "p1"), ports=ports)
    assert len(ports.messages.sent) == sent  # a retry sends nothing new


async def test_alerts_profiles_follow_the_local_administrator(ports) -> None:
    done = await register(ports)
    assert {G(ALERTS, "alert-viewer"), G(ALERTS, "alert-manager")} <= done.view.user.profiles
