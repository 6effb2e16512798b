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
    actor_id: str = ""
    contact_email: str = ""
    preferred_language: str = ""

    def fingerprint(self) -> str:
        """Hash of the request body: a reused key with another body is refused."""
        fields = (self.scheme, self.tax_id, self.country, self.name, self.contact_email)
        body = "\x1f".join((*fields, self.preferred_language))
        return hashlib.sha256(body.encode()).hexdigest()
