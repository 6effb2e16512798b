"""Document scoping: the security boundary between organizations (no cross-entity reads).

A reader sees an organization's documents when it is staff of the issuing agency, or when
identity says it is bonded to the organization (asked as the reader, answers cached
briefly per (subject, tax key)). Documents without a tax key are staff-only.
"""

import time
from collections.abc import Callable

from tramita_documents.app.ports import Bonds
from tramita_documents.domain.access import Reader

MAX_CACHE_SECONDS = 30.0


class CachedBonds:
    """Remembers identity's answers for at most `ttl_seconds` (≤ 30 s), per (subject, key).

    Both answers are cached: a new bond is seen, and a revoked one forgotten, within the TTL.
    """

    def __init__(
        self,
        source: Bonds,
        *,
        ttl_seconds: float = MAX_CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = 10_000,
    ) -> None:
        if not 0 <= ttl_seconds <= MAX_CACHE_SECONDS:
            raise ValueError(f"bond cache TTL must be within 0..{MAX_CACHE_SECONDS} seconds")
        self._source = source
        self._ttl = ttl_seconds
        self._clock = clock
        self._max = max_entries
        self._answers: dict[tuple[str, str], tuple[bool, float]] = {}

    async def bonded(self, *, subject: str, tax_key: str) -> bool:
        key, now = (subject, tax_key), self._clock()
        cached = self._answers.get(key)
        if cached is not None and cached[1] > now:
            return cached[0]
        answer = await self._source.bonded(subject=subject, tax_key=tax_key)
        if self._ttl > 0:
            if len(self._answers) >= self._max:
                self._evict(now)
            self._answers[key] = (answer, now + self._ttl)
        return answer

    def _evict(self, now: float) -> None:
        """Drop expired answers; if still full, the oldest half (dicts keep insertion order)."""
        self._answers = {k: v for k, v in self._answers.items() if v[1] > now}
        if len(self._answers) >= self._max:
            keep = list(self._answers.items())[len(self._answers) // 2 :]
            self._answers = dict(keep)


async def may_read(reader: Reader, tax_key: str | None, *, bonds: Bonds) -> bool:
    """Staff always; anyone else only with a bond to the organization named by `tax_key`."""
    if reader.is_staff:
        return True
    if not tax_key or not reader.subject:
        return False
    return await bonds.bonded(subject=reader.subject, tax_key=tax_key)
