"""Fixtures over `alert_world`: a world of entities, with or without final authorisation."""

import pytest

from .alert_world import World


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def fa_world() -> World:
    """Every coordinator reserves the final authorisation of the alerts it sends."""
    return World(final_authorisation=True)
