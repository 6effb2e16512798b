"""Registration codes (random, forgiving to type, hashed at rest) and proposed usernames."""

import itertools

from tramita_registry.domain.codes import (
    ALPHABET,
    LENGTH,
    code_hash,
    new_code,
    normalize,
    well_formed,
)
from tramita_registry.domain.usernames import propose_username


def test_codes_are_sixteen_characters_in_groups_of_four() -> None:
    code = new_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert all(c in ALPHABET for c in "".join(groups))
    assert well_formed(code)


def test_codes_come_from_the_random_source() -> None:
    counter = itertools.count()
    code = new_code(lambda n: next(counter) % n)
    assert code == "0123-4567-89AB-CDEF"
    assert len({new_code() for _ in range(200)}) == 200


def test_typing_is_forgiving_and_the_hash_is_of_the_normalized_code() -> None:
    code = "7K2M-Q9XD-0RTB-4HNV"
    assert normalize(" 7k2m q9xd-ortb 4hnv ") == "7K2MQ9XD0RTB4HNV"
    assert code_hash("7k2mq9xdORTB4hnv") == code_hash(code)
    assert code_hash("7K2M-Q9XD-0RTB-4HNW") != code_hash(code)
    assert len(code_hash(code)) == 64 and code not in code_hash(code)
    assert normalize("ILO") == "110"


def test_malformed_codes_are_told_apart_before_any_lookup() -> None:
    assert not well_formed("")
    assert not well_formed("7K2M-Q9XD-0RTB")
    assert not well_formed("7K2M-Q9XD-0RTB-4HNU")  # U is not in the alphabet
    assert not well_formed("u" * LENGTH)
    assert not well_formed("7K2M-Q9XD-0RTB-4HN!")


def test_usernames_are_ascii_initial_and_surname_with_four_digits() -> None:
    assert propose_username("Maria João Silva", lambda n: 4821) == "msilva4821"
    assert propose_username("Ângela", lambda n: 7) == "angela0007"
    assert propose_username("  ", lambda n: 1) == "user0001"
    assert propose_username("Jo Constantinopolitanos", lambda n: 1) == "jconstantino0001"
