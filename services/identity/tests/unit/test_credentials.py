"""Generated usernames and temporary passwords."""

import random

import pytest
from tramita_identity.domain.credentials import (
    policy_violations,
    temporary_password,
    username_candidates,
    username_stem,
)


def test_every_temporary_password_passes_the_realm_policy() -> None:
    for seed in range(3000):
        password = temporary_password(random.Random(seed))
        assert policy_violations(password) == [], password
        assert 7 <= len(password) <= 15


def test_system_random_passwords_pass_too_and_differ() -> None:
    found = {temporary_password() for _ in range(500)}
    assert len(found) == 500
    assert all(policy_violations(p) == [] for p in found)


@pytest.mark.parametrize("length", [1, 7, 15, 40])
def test_length_is_kept_within_the_policy(length: int) -> None:
    assert 7 <= len(temporary_password(random.Random(1), length)) <= 15


@pytest.mark.parametrize(
    ("password", "broken"),
    [
        ("Ab-cde", ["length"]),
        ("Abcdefghijklmn-!", ["max_length"]),
        ("abcdef-1", ["upper_case"]),
        ("ABCDef-1", ["lower_case"]),
        ("Abcdefg1", ["special_chars"]),
        ("Abc-def", []),
    ],
)
def test_policy_rules(password: str, broken: list[str]) -> None:
    assert policy_violations(password) == broken


def test_the_password_is_never_the_username() -> None:
    assert policy_violations("Jsilva-1", username="jsilva-1") == ["not_username"]


@pytest.mark.parametrize(
    ("first", "surname", "stem"),
    [
        ("José", "Conceição", "jconcei"),
        ("Ana Maria", "da Silva Gonçalves", "agoncal"),
        ("Zé", "", "ze"),
        ("", "", "user"),
        ("李", "王", "user"),
        ("O'Neil", "D'Arcy-Smith", "odarcys"),
    ],
)
def test_username_stem(first: str, surname: str, stem: str) -> None:
    assert username_stem(first, surname) == stem


def test_candidates_are_distinct_stem_plus_four_digits() -> None:
    draws = iter([7, 7, 42, 9999, 0])
    found = username_candidates("José", "Conceição", count=4, draw=lambda _: next(draws))
    assert found == ["jconcei0007", "jconcei0042", "jconcei9999", "jconcei0000"]
    assert all(len(n) <= 64 for n in username_candidates("A" * 90, "B" * 90))
