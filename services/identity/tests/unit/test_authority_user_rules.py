"""Authority users' domain: profile defaults and checks, minimums, who manages whom."""

from collections import Counter
from datetime import UTC, datetime

import pytest
from tramita_identity.domain.authority_profiles import (
    LastHolder,
    check_minimums,
    first_user_profiles,
    read_profiles,
    required_profiles,
)
from tramita_identity.domain.authority_users import (
    USER_TRANSITIONS,
    Administrator,
    AuthorityUser,
    Standing,
    UserAction,
    UserStatus,
    check_may_manage,
    check_may_reset,
    next_status,
    standing,
)
from tramita_identity.domain.errors import EntityNotFound, InvalidFields, NotPermitted, WrongState
from tramita_identity.domain.events import (
    AuthorityUserCreated,
    PersonDeactivated,
    PersonProfilesChanged,
    ProfileGrant,
)

from .account_fakes import ALERTS, COORDINATOR, ENTITY, OTHER_ENTITY, REQUESTS, nimic, porto

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
G = ProfileGrant


def test_the_first_user_of_an_authority_gets_every_profile_of_its_workflows() -> None:
    assert first_user_profiles(porto()) == {
        G("", "local-data-administrator"),
        G("", "basic-user"),
        G(REQUESTS, "request-handler"),
        G(REQUESTS, "request-viewer"),
        G(REQUESTS, "request-allocator"),
        G(ALERTS, "alert-viewer"),
        G(ALERTS, "alert-manager"),
    }


def test_the_first_user_of_a_coordinator_also_supervises_broadcasts_and_administers() -> None:
    granted = first_user_profiles(nimic())
    assert {
        G(REQUESTS, "supervisor"),
        G(ALERTS, "alert-broadcaster"),
        G("services-directive", "data-administrator"),
    } <= granted


def test_everyone_is_a_basic_user() -> None:
    assert read_profiles([G(REQUESTS, "request-viewer")], porto()) == {
        G(REQUESTS, "request-viewer"),
        G("", "basic-user"),
    }
    assert read_profiles([], porto()) == {G("", "basic-user")}


def test_a_local_data_administrator_also_allocates_and_holds_the_alert_profiles() -> None:
    assert read_profiles([G("", "local-data-administrator")], porto()) == {
        G("", "local-data-administrator"),
        G("", "basic-user"),
        G(REQUESTS, "request-allocator"),
        G(ALERTS, "alert-viewer"),
        G(ALERTS, "alert-manager"),
    }


def test_profiles_the_entity_cannot_hold_are_refused_each_by_position() -> None:
    with pytest.raises(InvalidFields) as refused:
        read_profiles(
            [
                G("", "wizard"),
                G(REQUESTS, "local-data-administrator"),
                G(REQUESTS, "supervisor"),
                G(ALERTS, "alert-broadcaster"),
                G("services-directive", "data-administrator"),
                G("other-area/requests", "request-handler"),
                G(ALERTS, "request-handler"),
            ],
            porto(),
        )
    assert [(f, r) for f, r, _ in refused.value.violations] == [
        ("profiles[0]", "profile"),
        ("profiles[1]", "workflow"),
        ("profiles[2]", "coordinator"),
        ("profiles[3]", "coordinator"),
        ("profiles[4]", "coordinator"),
        ("profiles[5]", "workflow"),
        ("profiles[6]", "workflow"),
    ]


def test_minimum_profiles() -> None:
    assert required_profiles(porto()) == {
        G("", "local-data-administrator"),
        G(REQUESTS, "request-handler"),
    }
    lda, handler = G("", "local-data-administrator"), G(REQUESTS, "request-handler")
    check_minimums(porto(), Counter([lda, lda, handler]), Counter([lda, handler]))
    check_minimums(porto(), Counter(), Counter())  # none before: nothing to keep
    with pytest.raises(LastHolder) as refused:
        check_minimums(porto(), Counter([lda, handler]), Counter([handler]))
    assert refused.value.grant == lda


def user(user_id: str, entity_id: str = ENTITY, *profiles: ProfileGrant) -> AuthorityUser:
    return AuthorityUser(
        user_id,
        entity_id,
        user_id,
        "First",
        "Last",
        frozenset(profiles),
        UserStatus.ACTIVE,
        NOW,
        "creator",
        NOW,
    )


LDA = G("", "local-data-administrator")
DATA_ADMIN = G("services-directive", "data-administrator")


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (Administrator("admin", platform_admin=True), Standing.PLATFORM_ADMINISTRATOR),
        (Administrator("ana", membership=user("ana", ENTITY, LDA)), Standing.LOCAL_ADMINISTRATOR),
        (Administrator("rui", membership=user("rui", ENTITY)), Standing.MEMBER),
        (Administrator("eva", membership=user("eva", OTHER_ENTITY, LDA)), Standing.NONE),
        (Administrator("co", membership=user("co", COORDINATOR, DATA_ADMIN)), Standing.COORDINATOR),
        (Administrator("cl", membership=user("cl", COORDINATOR, LDA)), Standing.COORDINATOR),
        (Administrator("cb", membership=user("cb", COORDINATOR)), Standing.NONE),
        (Administrator("nobody"), Standing.NONE),
    ],
)
def test_who_stands_where(actor: Administrator, expected: Standing) -> None:
    assert standing(actor, porto(), ENTITY) is expected


def test_a_deactivated_administrator_stands_nowhere() -> None:
    ana = user("ana", ENTITY, LDA)
    ana.deactivate(NOW)
    assert standing(Administrator("ana", membership=ana), porto(), ENTITY) is Standing.NONE


def test_other_entities_learn_nothing_members_are_told_no() -> None:
    with pytest.raises(EntityNotFound):
        check_may_manage(
            Administrator("eva", membership=user("eva", OTHER_ENTITY, LDA)), porto(), ENTITY, "x"
        )
    with pytest.raises(NotPermitted) as refused:
        check_may_manage(Administrator("rui", membership=user("rui")), porto(), ENTITY, "x")
    assert refused.value.reason == "NOT_LOCAL_DATA_ADMINISTRATOR"


def test_nobody_resets_their_own_password_so_the_only_admin_asks_the_coordinator() -> None:
    ana = user("ana", ENTITY, LDA)
    me = Administrator("ana", membership=ana)
    with pytest.raises(NotPermitted) as refused:
        check_may_reset(me, Standing.LOCAL_ADMINISTRATOR, ana)
    assert refused.value.reason == "OWN_PASSWORD"
    check_may_reset(me, Standing.LOCAL_ADMINISTRATOR, user("rui"))
    coordinator = Administrator("co", membership=user("co", COORDINATOR, DATA_ADMIN))
    check_may_reset(coordinator, Standing.COORDINATOR, ana)
    check_may_reset(
        Administrator("admin", platform_admin=True), Standing.PLATFORM_ADMINISTRATOR, ana
    )


@pytest.mark.parametrize("status", list(UserStatus))
@pytest.mark.parametrize("action", list(UserAction))
def test_user_transitions_row_by_row(status: UserStatus, action: UserAction) -> None:
    if (status, action) in USER_TRANSITIONS:
        expected = UserStatus.DEACTIVATED if action is UserAction.DEACTIVATE else status
        assert next_status(status, action) is expected
    else:
        assert status is UserStatus.DEACTIVATED
        with pytest.raises(WrongState):
            next_status(status, action)


def test_registration_and_changes_are_published() -> None:
    created = AuthorityUser.register(
        user_id="u1",
        entity=porto(),
        username="asilva0001",
        first_name="Ana",
        surname="Silva",
        profiles=first_user_profiles(porto()),
        first_user=True,
        by="admin",
        now=NOW,
    )
    made, profiles = created.events
    assert made == AuthorityUserCreated("u1", ENTITY, "Câmara Municipal do Porto", True)
    assert isinstance(profiles, PersonProfilesChanged) and len(profiles.profiles) == 7
    assert not created.change_profiles(created.profiles, NOW)
    assert created.change_profiles(frozenset({G("", "basic-user")}), NOW)
    created.deactivate(NOW)
    assert created.events[-2:] == [
        PersonDeactivated("u1"),
        PersonProfilesChanged("u1", ENTITY, ()),
    ]
