"""Who is calling, as the identity service describes it (from a verified token)."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Caller:
    subject: str
    username: str
    roles: tuple[str, ...]
    active_organization_id: str

    @classmethod
    def of(
        cls,
        *,
        subject: str,
        username: str | None,
        roles: frozenset[str],
        active_organization: object,
    ) -> "Caller":
        """Roles sorted, Keycloak's built-in roles left out (they say nothing about Tramita)."""
        own = sorted(r for r in roles if not r.startswith(("default-roles-", "offline_", "uma_")))
        organization = active_organization if isinstance(active_organization, str) else ""
        return cls(subject, username or "", tuple(own), organization)
