import pytest
from tramita_devstack import stack
from tramita_devstack.components import ORDER
from tramita_devstack.process import StackError


def test_all_components_in_start_order_by_default() -> None:
    assert stack.resolve(None) == list(ORDER)
    assert ORDER[:2] == ("postgres", "kafka")


def test_requirements_are_added_and_ordered() -> None:
    assert stack.resolve(["keycloak"]) == ["postgres", "keycloak"]
    assert stack.resolve(["mail", "kafka"]) == ["kafka", "mail"]


def test_unknown_component_is_refused() -> None:
    with pytest.raises(StackError, match="unknown"):
        stack.resolve(["redis"])
