"""Transition tables: rows of (action, from, to, who, preconditions) and the one lookup.

Every state change of an alert, of a recipient country and of an additional-information
item goes through `resolve()`: the row must exist for the action in the current state
(else `TransitionNotAllowed` naming both, and the reason when the guide gives one), the
acting person must play the row's party (else `NotPermitted` naming the parties), and the
row's preconditions must hold (else `TransitionNotAllowed` naming the first one missing).
Several rows for one (action, state) are alternatives: different parties, different
conditions — as the guide's "the launcher, or the coordinator with final authorisation".
"""

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from tramita_alerts.domain.errors import NotPermitted, TransitionNotAllowed
from tramita_alerts.domain.roles import Profile


class Party(enum.StrEnum):
    """Who performs a row, relative to the alert; each names the profiles it needs."""

    ANY_MANAGER = "any_manager"
    LAUNCHER_MANAGER = "launcher_manager"
    COORDINATOR_MANAGER = "coordinator_manager"
    COORDINATOR_BROADCASTER = "coordinator_broadcaster"
    WITHDRAWAL_SUBMITTER = "withdrawal_submitter"
    CLOSURE_COUNTRY_MANAGER = "closure_country_manager"
    PROPOSER_MANAGER = "proposer_manager"
    CLOSURE_COORDINATOR_BROADCASTER = "closure_coordinator_broadcaster"
    MAILBOX_BROADCASTER = "mailbox_broadcaster"
    RECIPIENT_COORDINATOR_BROADCASTER = "recipient_coordinator_broadcaster"
    INVOLVED_MEMBER = "involved_member"
    INFO_SUBMITTER = "info_submitter"
    INFO_COORDINATOR_BROADCASTER = "info_coordinator_broadcaster"
    SYSTEM = "system"


M, B = Profile.MANAGER, Profile.BROADCASTER
# fmt: off
PARTIES: Mapping[Party, tuple[frozenset[Profile], str]] = {
    Party.ANY_MANAGER: (frozenset({M}), "an alert manager of an alert authority or coordinator"),
    Party.LAUNCHER_MANAGER: (frozenset({M}), "an alert manager of the launching authority"),
    Party.COORDINATOR_MANAGER: (frozenset({M}), "an alert manager of the sending coordinator"),
    Party.COORDINATOR_BROADCASTER: (
        frozenset({B}), "a broadcaster of the chosen coordinator"),
    Party.WITHDRAWAL_SUBMITTER: (
        frozenset({M}), "an alert manager of the entity that submitted the withdrawal"),
    Party.CLOSURE_COUNTRY_MANAGER: (
        frozenset({M}), "an alert manager of an involved entity of the closure country"),
    Party.PROPOSER_MANAGER: (
        frozenset({M}), "an alert manager of the entity that proposed the closure"),
    Party.CLOSURE_COORDINATOR_BROADCASTER: (
        frozenset({B}), "a broadcaster of the closure coordinator"),
    Party.MAILBOX_BROADCASTER: (
        frozenset({B}), "a broadcaster of the mailbox acting for the country"),
    Party.RECIPIENT_COORDINATOR_BROADCASTER: (
        frozenset({B}), "a broadcaster of a recipient coordinator of the country"),
    Party.INVOLVED_MEMBER: (
        frozenset({M, B}), "an alert manager or broadcaster of an involved entity"),
    Party.INFO_SUBMITTER: (
        frozenset({M, B}), "an alert manager or broadcaster of the submitting entity"),
    Party.INFO_COORDINATOR_BROADCASTER: (
        frozenset({B}), "a broadcaster of the coordinator the information went to"),
    Party.SYSTEM: (frozenset(), "the platform, when the period ends"),
}
# fmt: on


class Precondition(enum.StrEnum):
    FINAL_AUTHORISATION = "final_authorisation"
    NO_FINAL_AUTHORISATION = "coordinator_without_final_authorisation"
    PERIOD_OVER = "period_over"
    RECIPIENT_HAS_NOT_ACTED = "recipient_has_not_acted"


@dataclass(frozen=True, slots=True)
class Transition[S, A]:
    action: A
    source: S | None
    target: S | None
    by: Party
    requires: tuple[Precondition, ...] = ()


def profiles_for(party: Party) -> frozenset[Profile]:
    return PARTIES[party][0]


def describe(party: Party) -> str:
    return PARTIES[party][1]


def resolve[S, A](
    table: tuple[Transition[S, A], ...],
    *,
    subject: str,
    action: A,
    state: S | None,
    plays: Callable[[Party], bool],
    facts: Mapping[Precondition, bool],
    refusals: Mapping[tuple[A, S], str] | None = None,
) -> Transition[S, A]:
    """The row that lets this person do `action` now, or the error that says why not."""
    named = str(state) if state is not None else "NONE"
    rows = [row for row in table if row.action == action and row.source == state]
    if not rows:
        reason = (refusals or {}).get((action, state), "") if state is not None else ""
        raise TransitionNotAllowed(subject=subject, state=named, action=str(action), missing=reason)
    played = [row for row in rows if plays(row.by)]
    if not played:
        parties = " or ".join(dict.fromkeys(describe(row.by) for row in rows))
        raise NotPermitted(subject=subject, state=named, action=str(action), missing=parties)
    for row in played:
        if all(facts.get(p, False) for p in row.requires):
            return row
    missing = next(p for p in played[0].requires if not facts.get(p, False))
    raise TransitionNotAllowed(
        subject=subject, state=named, action=str(action), missing=missing.value
    )
