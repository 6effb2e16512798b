"""The `world` fixture over `request_world`."""

import pytest

from .request_world import World


@pytest.fixture
def world() -> World:
    return World()
