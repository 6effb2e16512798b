import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AlertCreated(_message.Message):
    __slots__ = ("alert_id", "launching_entity_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    launching_entity_id: str
    def __init__(self, alert_id: _Optional[str] = ..., launching_entity_id: _Optional[str] = ...) -> None: ...

class AlertLaunched(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "launching_entity_id", "launching_country")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    launching_entity_id: str
    launching_country: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., launching_entity_id: _Optional[str] = ..., launching_country: _Optional[str] = ...) -> None: ...

class AlertEdited(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "state", "fields")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    state: str
    fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., state: _Optional[str] = ..., fields: _Optional[_Iterable[str]] = ...) -> None: ...

class AlertDeleted(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "launching_entity_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    launching_entity_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., launching_entity_id: _Optional[str] = ...) -> None: ...

class AlertSubmittedForSending(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "launching_entity_id", "coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    launching_entity_id: str
    coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., launching_entity_id: _Optional[str] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class AlertSubmissionRecalled(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class AlertForwarded(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "from_coordinator_id", "coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    FROM_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    from_coordinator_id: str
    coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., from_coordinator_id: _Optional[str] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class AlertAccepted(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class AlertSent(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "coordinator_id", "launching_entity_id", "launching_country", "recipient_countries", "mailbox_ids", "home_mailbox_ids", "commission")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_COUNTRIES_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_IDS_FIELD_NUMBER: _ClassVar[int]
    HOME_MAILBOX_IDS_FIELD_NUMBER: _ClassVar[int]
    COMMISSION_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    coordinator_id: str
    launching_entity_id: str
    launching_country: str
    recipient_countries: _containers.RepeatedScalarFieldContainer[str]
    mailbox_ids: _containers.RepeatedScalarFieldContainer[str]
    home_mailbox_ids: _containers.RepeatedScalarFieldContainer[str]
    commission: bool
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., coordinator_id: _Optional[str] = ..., launching_entity_id: _Optional[str] = ..., launching_country: _Optional[str] = ..., recipient_countries: _Optional[_Iterable[str]] = ..., mailbox_ids: _Optional[_Iterable[str]] = ..., home_mailbox_ids: _Optional[_Iterable[str]] = ..., commission: _Optional[bool] = ...) -> None: ...

class RecipientCountriesAdded(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "countries", "sent", "mailbox_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COUNTRIES_FIELD_NUMBER: _ClassVar[int]
    SENT_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    countries: _containers.RepeatedScalarFieldContainer[str]
    sent: bool
    mailbox_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., countries: _Optional[_Iterable[str]] = ..., sent: _Optional[bool] = ..., mailbox_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AlertRectified(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "fields", "involved_entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    INVOLVED_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    fields: _containers.RepeatedScalarFieldContainer[str]
    involved_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., fields: _Optional[_Iterable[str]] = ..., involved_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class EstablishmentChanged(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "previous", "current", "involved_entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    INVOLVED_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    previous: str
    current: str
    involved_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., previous: _Optional[str] = ..., current: _Optional[str] = ..., involved_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AlertAcknowledged(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "country", "mailbox_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    country: str
    mailbox_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., country: _Optional[str] = ..., mailbox_id: _Optional[str] = ...) -> None: ...

class AlertDisseminated(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "country", "by_entity_id", "entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    BY_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    country: str
    by_entity_id: str
    entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., country: _Optional[str] = ..., by_entity_id: _Optional[str] = ..., entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class RecipientRemoved(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "country", "by_entity_id", "entity_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    BY_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    country: str
    by_entity_id: str
    entity_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., country: _Optional[str] = ..., by_entity_id: _Optional[str] = ..., entity_id: _Optional[str] = ...) -> None: ...

class AdditionalInfoSubmitted(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "info_id", "kind", "entity_id", "coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    INFO_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    info_id: str
    kind: str
    entity_id: str
    coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., info_id: _Optional[str] = ..., kind: _Optional[str] = ..., entity_id: _Optional[str] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class AdditionalInfoEdited(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "info_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    INFO_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    info_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., info_id: _Optional[str] = ...) -> None: ...

class AdditionalInfoDeleted(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "info_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    INFO_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    info_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., info_id: _Optional[str] = ...) -> None: ...

class AdditionalInfoSent(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "info_id", "kind", "entity_id", "coordinator_id", "addressed_to", "involved_entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    INFO_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRESSED_TO_FIELD_NUMBER: _ClassVar[int]
    INVOLVED_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    info_id: str
    kind: str
    entity_id: str
    coordinator_id: str
    addressed_to: str
    involved_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., info_id: _Optional[str] = ..., kind: _Optional[str] = ..., entity_id: _Optional[str] = ..., coordinator_id: _Optional[str] = ..., addressed_to: _Optional[str] = ..., involved_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class WithdrawalSubmitted(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "entity_id", "coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    entity_id: str
    coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., entity_id: _Optional[str] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class WithdrawalRecalled(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class AlertWithdrawn(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "coordinator_id", "withdrawn_at", "involved_entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    WITHDRAWN_AT_FIELD_NUMBER: _ClassVar[int]
    INVOLVED_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    coordinator_id: str
    withdrawn_at: _timestamp_pb2.Timestamp
    involved_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., coordinator_id: _Optional[str] = ..., withdrawn_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., involved_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ClosureProposed(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "closure_country", "proposer_entity_id", "closure_coordinator_id", "comment_period_ends_at", "notified_entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    PROPOSER_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    COMMENT_PERIOD_ENDS_AT_FIELD_NUMBER: _ClassVar[int]
    NOTIFIED_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    closure_country: str
    proposer_entity_id: str
    closure_coordinator_id: str
    comment_period_ends_at: _timestamp_pb2.Timestamp
    notified_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., closure_country: _Optional[str] = ..., proposer_entity_id: _Optional[str] = ..., closure_coordinator_id: _Optional[str] = ..., comment_period_ends_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., notified_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ClosureCommented(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "comment_id", "entity_id", "closure_coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    COMMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    comment_id: str
    entity_id: str
    closure_coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., comment_id: _Optional[str] = ..., entity_id: _Optional[str] = ..., closure_coordinator_id: _Optional[str] = ...) -> None: ...

class ClosureProposalEdited(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "closure_coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    closure_coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., closure_coordinator_id: _Optional[str] = ...) -> None: ...

class ClosureProposalCancelled(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "closure_coordinator_id", "reason", "notified_entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    NOTIFIED_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    closure_coordinator_id: str
    reason: str
    notified_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., closure_coordinator_id: _Optional[str] = ..., reason: _Optional[str] = ..., notified_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class CommentPeriodEnded(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "closure_coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    closure_coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., closure_coordinator_id: _Optional[str] = ...) -> None: ...

class ClosureProposalSent(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "closure_coordinator_id", "objection_period_ends_at", "included_comment_ids", "involved_entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    OBJECTION_PERIOD_ENDS_AT_FIELD_NUMBER: _ClassVar[int]
    INCLUDED_COMMENT_IDS_FIELD_NUMBER: _ClassVar[int]
    INVOLVED_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    closure_coordinator_id: str
    objection_period_ends_at: _timestamp_pb2.Timestamp
    included_comment_ids: _containers.RepeatedScalarFieldContainer[str]
    involved_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., closure_coordinator_id: _Optional[str] = ..., objection_period_ends_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., included_comment_ids: _Optional[_Iterable[str]] = ..., involved_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ObjectionPeriodEnded(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "closure_coordinator_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    closure_coordinator_id: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., closure_coordinator_id: _Optional[str] = ...) -> None: ...

class AlertClosed(_message.Message):
    __slots__ = ("alert_id", "number", "acted_by", "closure_coordinator_id", "closed_at", "involved_entity_ids")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACTED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    INVOLVED_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    acted_by: str
    closure_coordinator_id: str
    closed_at: _timestamp_pb2.Timestamp
    involved_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., acted_by: _Optional[str] = ..., closure_coordinator_id: _Optional[str] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., involved_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...
