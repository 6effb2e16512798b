"""The username the system proposes for a self-registered entity's first user (§3.1.2.2).

Shown once, in the summary the registrant must save; never e-mailed. Initial of the first
name and the last name, ASCII, lower case, at most 12 letters, then four random digits
(e.g. "msilva4821"); identity creates the account with it at validation.
"""

import secrets
import unicodedata
from collections.abc import Callable

MAX_LETTERS = 12


def ascii_letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalpha()).lower()


def propose_username(name: str, randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    words = [w for w in (ascii_letters(part) for part in name.split()) if w]
    if not words:
        base = "user"
    elif len(words) == 1:
        base = words[0]
    else:
        base = words[0][0] + words[-1]
    return f"{base[:MAX_LETTERS]}{randbelow(10_000):04d}"
