"""Registration codes: random, shown once (in the invitation e-mail), stored only hashed.

16 characters of Crockford's base-32 alphabet (80 random bits), printed in groups of
four. Typing is forgiving: case, spaces and dashes do not matter, and the letters easily
mistaken for digits (O, I, L) read as 0 and 1. With 80 random bits a plain SHA-256 is
enough at rest: guessing a code is as hard as guessing it before hashing.
"""

import hashlib
import secrets
from collections.abc import Callable

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 16
GROUP = 4
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_DOMAIN = b"tramita/registration-code/v1:"


def new_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh code like "7K2M-Q9XD-0RTB-4HNV"."""
    raw = "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalize(code: str) -> str:
    """The code as stored before hashing: upper case, no separators, look-alikes fixed."""
    kept = "".join(c for c in code.upper() if not c.isspace() and c != "-")
    return kept.translate(_LOOKALIKES)


def well_formed(code: str) -> bool:
    cleaned = normalize(code)
    return len(cleaned) == LENGTH and all(c in ALPHABET for c in cleaned)


def code_hash(code: str) -> str:
    """What is kept at rest (hex SHA-256 of the normalized code, domain-separated)."""
    return hashlib.sha256(_DOMAIN + normalize(code).encode()).hexdigest()
