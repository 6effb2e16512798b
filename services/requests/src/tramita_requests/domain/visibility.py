"""Who may see what of a request (PRODUCT §6; 003 §5.1, §5.2.2, §5.3.2.1, §5.3.5.1, §5.3.10,
§10), as an ordered rule table: the first rule that matches decides, and the decision names
it.

- Personal data of the data subject: only the authorities directly involved (§10) — never
  the Commission role, never anyone acting as coordinator (privileged coordinator,
  approval, supervision), never allocator-only users; the responder only once it has
  accepted (§5.3.2.1). After the blocking period only a documented legal need shows it;
  after the deletion period it is gone.
- Attachments may contain personal data (§5.3.2.1), so they follow the same rules.
- Case content (questions, answers, comments) is visible to the parties once sent,
  before acceptance included, to coordinators without personal data, and to the Commission
  role only for case-by-case notifications addressed to it (003 §7.1).
- Reports: viewer-only and allocator-only users get reports without personal data
  (§5.3.10), although viewers see it on screen (§5.2.2.2).

A coordinator entity that is itself the requester or responder sees the request as an
authority: the caller gives the standing the user acts in.
"""

import enum
from collections.abc import Callable
from dataclasses import dataclass

from tramita_requests.domain.retention import DataStage
from tramita_requests.domain.states import Profile


class Standing(enum.StrEnum):
    """The capacity in which a user looks at the request."""

    REQUESTING_AUTHORITY = "requesting_authority"
    RESPONDING_AUTHORITY = "responding_authority"
    COORDINATOR = "coordinator"
    COMMISSION = "commission"
    UNINVOLVED = "uninvolved"


class Item(enum.StrEnum):
    CONTENT = "content"
    PERSONAL_DATA = "personal_data"
    ATTACHMENTS = "attachments"


class Purpose(enum.StrEnum):
    SCREEN = "screen"
    REPORT = "report"


class Rule(enum.StrEnum):
    ERASED = "erased after the deletion period"
    COMMISSION_NEVER = "the Commission role never sees personal data"
    COMMISSION_NOTIFICATION = "the Commission role receives case-by-case notifications"
    COMMISSION_NOT_ADDRESSED = "the Commission role sees only notifications addressed to it"
    COORDINATION_ROLE = "no personal data for anyone acting as coordinator"
    COORDINATION_CONTENT = "coordinators see the exchange without personal data"
    NOT_INVOLVED = "only the authorities directly involved"
    NOT_SENT = "the request has not been sent yet"
    BEFORE_ACCEPTANCE = "hidden from the responder until it accepts"
    ALLOCATOR_ONLY = "allocators see content without personal data"
    REPORT_WITHOUT_PERSONAL_DATA = "viewer-only and allocator-only reports exclude personal data"
    BLOCKED = "blocked after the blocking period"
    BLOCKED_LEGAL_NEED = "blocked, shown for a documented legal need"
    INVOLVED_AUTHORITY = "an authority directly involved"


@dataclass(frozen=True, slots=True)
class Viewer:
    standing: Standing
    profiles: frozenset[Profile] = frozenset()
    legal_need: bool = False


@dataclass(frozen=True, slots=True)
class Case:
    """What the rules need to know about the request."""

    sent: bool
    responder_accepted: bool
    stage: DataStage = DataStage.AVAILABLE
    commission_notified: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    visible: bool
    rule: Rule


type Test = Callable[[Viewer, Case, Purpose], bool]


@dataclass(frozen=True, slots=True)
class PolicyRow:
    rule: Rule
    items: frozenset[Item]
    applies: Test
    visible: bool


ST = Standing
PERSONAL = frozenset({Item.PERSONAL_DATA, Item.ATTACHMENTS})
CONTENT = frozenset({Item.CONTENT})
ALL = PERSONAL | CONTENT
AUTHORITIES = frozenset({ST.REQUESTING_AUTHORITY, ST.RESPONDING_AUTHORITY})
READERS = frozenset({Profile.HANDLER, Profile.VIEWER})


def _as(*standings: Standing) -> Test:
    return lambda viewer, case, purpose: viewer.standing in standings


def _stage(stage: DataStage, *, legal_need: bool | None = None) -> Test:
    def test(viewer: Viewer, case: Case, purpose: Purpose) -> bool:
        return case.stage is stage and legal_need in (None, viewer.legal_need)

    return test


# fmt: off
POLICY: tuple[PolicyRow, ...] = (
    PolicyRow(Rule.ERASED, PERSONAL, _stage(DataStage.ERASED), False),
    PolicyRow(Rule.COMMISSION_NEVER, PERSONAL, _as(ST.COMMISSION), False),
    PolicyRow(Rule.COMMISSION_NOTIFICATION, CONTENT,
              lambda v, c, p: v.standing is ST.COMMISSION and c.commission_notified, True),
    PolicyRow(Rule.COMMISSION_NOT_ADDRESSED, CONTENT, _as(ST.COMMISSION), False),
    PolicyRow(Rule.COORDINATION_ROLE, PERSONAL, _as(ST.COORDINATOR), False),
    PolicyRow(Rule.COORDINATION_CONTENT, CONTENT, _as(ST.COORDINATOR), True),
    PolicyRow(Rule.NOT_INVOLVED, ALL, _as(ST.UNINVOLVED), False),
    PolicyRow(Rule.NOT_SENT, ALL,
              lambda v, c, p: v.standing is ST.RESPONDING_AUTHORITY and not c.sent, False),
    PolicyRow(Rule.BEFORE_ACCEPTANCE, PERSONAL,
              lambda v, c, p: v.standing is ST.RESPONDING_AUTHORITY and not c.responder_accepted,
              False),
    PolicyRow(Rule.ALLOCATOR_ONLY, PERSONAL, lambda v, c, p: not v.profiles & READERS, False),
    PolicyRow(Rule.REPORT_WITHOUT_PERSONAL_DATA, PERSONAL,
              lambda v, c, p: p is Purpose.REPORT and Profile.HANDLER not in v.profiles, False),
    PolicyRow(Rule.BLOCKED, PERSONAL, _stage(DataStage.BLOCKED, legal_need=False), False),
    PolicyRow(Rule.BLOCKED_LEGAL_NEED, PERSONAL, _stage(DataStage.BLOCKED, legal_need=True), True),
    PolicyRow(Rule.INVOLVED_AUTHORITY, ALL, _as(*AUTHORITIES), True),
)
# fmt: on


def decide(item: Item, viewer: Viewer, case: Case, purpose: Purpose = Purpose.SCREEN) -> Decision:
    """Whether `viewer` may see `item` of the request, with the rule that decided."""
    for row in POLICY:
        if item in row.items and row.applies(viewer, case, purpose):
            return Decision(row.visible, row.rule)
    raise AssertionError(f"no visibility rule for {item} and {viewer.standing}")  # pragma: no cover
