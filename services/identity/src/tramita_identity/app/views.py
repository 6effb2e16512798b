"""What the read side and the commands hand back to the edge."""

from dataclasses import dataclass

from tramita_identity.domain.authorization import Capabilities
from tramita_identity.domain.bonds import Bond
from tramita_identity.domain.delegations import Delegation, DelegationState


@dataclass(frozen=True, slots=True)
class BondView:
    organization_id: str
    bond: Bond


@dataclass(frozen=True, slots=True)
class MyOrganization:
    organization_id: str
    capabilities: Capabilities
    bonds: tuple[Bond, ...]


@dataclass(frozen=True, slots=True)
class DelegationView:
    """A delegation with its state now (which also depends on the ledger's bonds)."""

    organization_id: str
    delegation: Delegation
    state: DelegationState


@dataclass(frozen=True, slots=True)
class Unlinked:
    """The ended bond and the delegations revoked with it."""

    bond: BondView
    revoked: tuple[DelegationView, ...]
