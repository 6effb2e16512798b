"""The caller description keeps Tramita roles only."""

from tramita_identity.domain.caller import Caller


def test_keycloak_builtin_roles_are_left_out_and_roles_sorted() -> None:
    caller = Caller.of(
        subject="s-1",
        username="demo.staff",
        roles=frozenset(
            {"staff", "default-roles-tramita", "offline_access", "uma_authorization", "client"}
        ),
        active_organization=None,
    )
    assert caller == Caller("s-1", "demo.staff", ("client", "staff"), "")


def test_non_string_organization_claim_is_ignored() -> None:
    caller = Caller.of(subject="s", username=None, roles=frozenset(), active_organization={"x": 1})
    assert (caller.username, caller.active_organization_id) == ("", "")
