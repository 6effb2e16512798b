"""Who may change the registry (checked with the caller's roles from the verified token)."""

# Organizations are registered by the platform's staff or administrators, never by clients.
REGISTERS_ORGANIZATIONS = frozenset({"staff", "platform-admin"})


def may_register_organization(roles: frozenset[str]) -> bool:
    return bool(roles & REGISTERS_ORGANIZATIONS)
