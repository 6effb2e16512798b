"""How the documents service names an organization to identity: its tax key."""

_IMPLIED_COUNTRY = {"NIPC": "PT", "CNPJ": "BR"}


def tax_key(*, scheme: str, value: str, country: str = "") -> str:
    """The organization's tax key "<country>:<scheme>:<number>", e.g. "PT:NIPC:500000000".

    The registry already normalized the parts; an incomplete tax id gives "" (staff only).
    """
    scheme = scheme.strip().upper()
    value = value.strip().upper()
    country = (country.strip() or _IMPLIED_COUNTRY.get(scheme, "")).upper()
    if not (scheme and value and country):
        return ""
    return f"{country}:{scheme}:{value}"
