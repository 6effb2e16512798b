"""Commands the registry accepts (imperative names)."""

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RegisterOrganization:
    scheme: str
    tax_id: str
    country: str
    name: str
    idempotency_key: str = ""
    actor_roles: frozenset[str] = frozenset()

    def fingerprint(self) -> str:
        """Hash of the request body: a reused key with another body is refused."""
        body = "\x1f".join((self.scheme, self.tax_id, self.country, self.name))
        return hashlib.sha256(body.encode()).hexdigest()
