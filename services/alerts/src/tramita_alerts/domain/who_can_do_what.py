"""IMI guide §6.2.3.4 "who can do what?" — alert manager vs alert broadcaster — as data.

The seed's table lost its layout in text extraction; its cells (Apresentar, Enviar, Fazer
observações, Emitir/Encerrar) are placed by the text of §6.2.3.2, §6.2.3.3, §6.3 and
PRODUCT §12: a manager *submits* (and comments on closure proposals of its own country),
a broadcaster *sends* (and may also submit additional information), only the closure
coordinator's broadcaster *closes*. The viewer column is empty (§6.2.3.1). The rows for
acknowledging and disseminating come from §6.2.3.3 (broadcasters of coordinators only).
The lifecycle tables must agree with this one; a test checks every party against it.
"""

import enum
from collections.abc import Mapping

from tramita_alerts.domain.roles import Profile


class Operation(enum.StrEnum):
    LAUNCH = "launch"
    ADD_INFORMATION = "add_information"  # incl. questions and objections to a closure
    WITHDRAW = "withdraw"
    PROPOSE_CLOSURE = "propose_closure"
    CLOSE = "close"
    RECEIVE = "receive"  # §6.2.3.3, not a row of the printed table


class Step(enum.StrEnum):
    SUBMIT = "submit"  # apresentar: within one country
    SEND = "send"  # enviar: to other countries
    COMMENT = "comment"  # fazer observações
    CLOSE = "close"
    ACKNOWLEDGE = "acknowledge"
    DISSEMINATE = "disseminate"  # divulgar: within one country


M, B, V = Profile.MANAGER, Profile.BROADCASTER, Profile.VIEWER
S = Step

# fmt: off
WHO_CAN_DO_WHAT: Mapping[Operation, Mapping[Profile, frozenset[Step]]] = {
    Operation.LAUNCH:          {M: frozenset({S.SUBMIT}), B: frozenset({S.SEND})},
    Operation.ADD_INFORMATION: {M: frozenset({S.SUBMIT}), B: frozenset({S.SUBMIT, S.SEND})},
    Operation.WITHDRAW:        {M: frozenset({S.SUBMIT}), B: frozenset({S.SEND})},
    Operation.PROPOSE_CLOSURE: {M: frozenset({S.SUBMIT, S.COMMENT}), B: frozenset({S.SEND})},
    Operation.CLOSE:           {M: frozenset(), B: frozenset({S.CLOSE})},
    Operation.RECEIVE:         {M: frozenset(), B: frozenset({S.ACKNOWLEDGE, S.DISSEMINATE})},
}
# fmt: on

# The printed table's restrictions, in its own words (row → who among the holders).
SCOPE: Mapping[Operation, str] = {
    Operation.LAUNCH: "managers of alert authorities and coordinators; broadcasters of the "
    "chosen coordinator",
    Operation.WITHDRAW: "only the launching authority or the coordinator",
    Operation.PROPOSE_CLOSURE: "only in the member state of establishment",
    Operation.CLOSE: "only the coordinator that sent the closure proposal",
    Operation.RECEIVE: "broadcasters of incoming-alerts mailboxes and recipient coordinators",
}


def may(profile: Profile, operation: Operation, step: Step) -> bool:
    """Whether `profile` performs `step` of `operation` (viewers never act, §6.2.3.1)."""
    if profile is V:
        return False
    return step in WHO_CAN_DO_WHAT[operation].get(profile, frozenset())
