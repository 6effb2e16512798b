"""Personal data sealed per record, bound to its id and to the service's key context."""

import pytest
from cryptography.exceptions import InvalidTag
from tramita_platform.sealing import PersonalDataSealer

KEY = b"a-master-key-for-unit-tests"


def test_sealed_values_open_only_for_their_record_and_context() -> None:
    identity = PersonalDataSealer(KEY, context="identity")
    sealed = identity.seal("r-1", {"name": "Ana Silva", "email": "ana@example.pt"})
    assert b"Ana Silva" not in sealed and b"ana@example.pt" not in sealed
    assert identity.open("r-1", sealed) == {"name": "Ana Silva", "email": "ana@example.pt"}
    with pytest.raises(InvalidTag):
        identity.open("r-2", sealed)
    with pytest.raises(InvalidTag):
        PersonalDataSealer(KEY, context="alerts").open("r-1", sealed)


def test_index_is_keyed_per_context_and_short_keys_are_refused() -> None:
    identity = PersonalDataSealer(KEY, context="identity")
    assert identity.index("x") == PersonalDataSealer(KEY, context="identity").index("x")
    assert identity.index("x") != PersonalDataSealer(KEY, context="requests").index("x")
    with pytest.raises(ValueError, match="16 bytes"):
        PersonalDataSealer(b"short", context="identity")
