"""Consent use cases: status, give, withdraw, history. Company actions check the portal
consent through `require_portal_consent` inside their own transaction, so a withdrawal
stops them at once."""

from collections.abc import Callable
from dataclasses import dataclass

from tramita_identity.app.ports import Clock, IdGenerator, UnitOfWork
from tramita_identity.domain.consents import (
    Consent,
    ConsentState,
    ConsentTerms,
    current_consent,
    require_consent,
    terms_for,
)
from tramita_identity.domain.errors import ConsentNotFound

MAX_PAGE_SIZE = 100
type Uow = Callable[[], UnitOfWork]


@dataclass(frozen=True, slots=True)
class ConsentStatus:
    terms: ConsentTerms
    current: Consent | None

    @property
    def required(self) -> bool:
        return self.current is None


@dataclass(frozen=True, slots=True)
class ConsentView:
    consent: Consent
    state: ConsentState


async def consent_status(person_id: str, service: str, *, uow: Uow) -> ConsentStatus:
    terms = terms_for(service)
    async with uow() as work:
        mine = await work.consents.of_person(person_id)
    return ConsentStatus(terms, current_consent(mine, terms))


async def give_consent(
    person_id: str,
    service: str,
    items: list[str],
    text_version: str,
    *,
    uow: Uow,
    clock: Clock,
    new_id: IdGenerator,
) -> ConsentView:
    """Record the consent; the same consent given again returns the current record."""
    terms = terms_for(service)
    async with uow() as work:
        consent = Consent.give(
            consent_id=new_id(),
            person_id=person_id,
            terms=terms,
            items=items,
            text_version=text_version,
            now=clock.now(),
        )
        current = current_consent(await work.consents.of_person(person_id), terms)
        if current is not None and current.items == consent.items:
            return ConsentView(current, ConsentState.CURRENT)
        await work.consents.add(consent)
        await work.commit()
    return ConsentView(consent, consent.state(terms))


async def withdraw_consent(
    person_id: str, consent_id: str, *, uow: Uow, clock: Clock
) -> ConsentView:
    async with uow() as work:
        consent = await work.consents.get(consent_id.strip())
        if consent is None or consent.person_id != person_id:
            raise ConsentNotFound(consent_id)
        consent.withdraw(clock.now())
        await work.commit()
    return ConsentView(consent, ConsentState.WITHDRAWN)


async def list_consents(
    person_id: str, *, after: str | None, page_size: int, uow: Uow
) -> tuple[list[ConsentView], str | None]:
    """Newest first; the cursor is the last consent id of the page."""
    limit = max(1, min(page_size or 20, MAX_PAGE_SIZE))
    async with uow() as work:
        mine = await work.consents.of_person(person_id)
    mine.sort(key=lambda c: (c.given_at, c.consent_id), reverse=True)
    if after is not None:
        ids = [c.consent_id for c in mine]
        mine = mine[ids.index(after) + 1 :] if after in ids else []
    page = mine[:limit]
    views = [ConsentView(c, c.state(terms_for(c.service))) for c in page]
    return views, (page[-1].consent_id if len(mine) > limit else None)


async def require_portal_consent(work: UnitOfWork, person_id: str, action: str) -> None:
    """ConsentRequired unless the person holds a current consent to the portal."""
    require_consent(await work.consents.of_person(person_id), person_id, action)
