"""Generated usernames and temporary passwords of authority users (003 §3.2; PRODUCT §3.5).

The password policy is the realm's (7 to 15 characters, at least 1 upper-case, 3
lower-case and 1 special character, not the username); every generated password meets
it. Look-alike characters (O/0, l/1/I) are left out: people copy these by hand.
"""

import random
import re
import unicodedata
from collections.abc import Callable

MIN_LENGTH, MAX_LENGTH = 7, 15
TEMPORARY_LENGTH = 12
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOWER = "abcdefghijkmnopqrstuvwxyz"
DIGITS = "23456789"
SPECIAL = "!#$%*+-=?@_"
_ANY = UPPER + LOWER + DIGITS + SPECIAL
_SYSTEM = random.SystemRandom()

USERNAME_DIGITS = 4
_STEM_LETTERS = 7


def policy_violations(password: str, *, username: str = "") -> list[str]:
    """The rules of the realm's password policy that `password` breaks (none: [])."""
    broken = []
    if len(password) < MIN_LENGTH:
        broken.append("length")
    if len(password) > MAX_LENGTH:
        broken.append("max_length")
    if sum(c.isupper() for c in password) < 1:
        broken.append("upper_case")
    if sum(c.islower() for c in password) < 3:
        broken.append("lower_case")
    if sum(not c.isalnum() for c in password) < 1:
        broken.append("special_chars")
    if username and password.lower() == username.lower():
        broken.append("not_username")
    return broken


def temporary_password(rng: random.Random = _SYSTEM, length: int = TEMPORARY_LENGTH) -> str:
    """A random password meeting the policy: 1+ upper, 3+ lower, 1+ digit, 1+ special."""
    length = max(MIN_LENGTH, min(length, MAX_LENGTH))
    chosen = [rng.choice(UPPER), *(rng.choice(LOWER) for _ in range(3))]
    chosen += [rng.choice(DIGITS), rng.choice(SPECIAL)]
    chosen += [rng.choice(_ANY) for _ in range(length - len(chosen))]
    rng.shuffle(chosen)
    return "".join(chosen)


def username_stem(first_name: str, surname: str) -> str:
    """Letters of the name, ASCII, lower case: the first name's initial and the surname's
    first letters ("José", "Conceição" → "jconcei"); "user" when nothing is left."""
    first = _letters(first_name)
    last = _letters(surname.split()[-1] if surname.split() else "")
    stem = (first[:1] + last)[:_STEM_LETTERS] if last else first[:_STEM_LETTERS]
    return stem or "user"


def username_candidates(
    first_name: str, surname: str, *, count: int = 20, draw: Callable[[int], int] | None = None
) -> list[str]:
    """`count` distinct usernames "<stem><4 digits>" to try in order (the first free wins)."""
    pick = draw or (lambda upper: _SYSTEM.randrange(upper))
    stem = username_stem(first_name, surname)
    found: list[str] = []
    tries = 0
    while len(found) < count and tries < count * 10:
        tries += 1
        name = f"{stem}{pick(10**USERNAME_DIGITS):0{USERNAME_DIGITS}d}"
        if name not in found:
            found.append(name)
    return found


def _letters(text: str) -> str:
    ascii_only = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_only.lower())
