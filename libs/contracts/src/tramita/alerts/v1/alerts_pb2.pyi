import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from tramita.common.v1 import pagination_pb2 as _pagination_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AlertState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ALERT_STATE_UNSPECIFIED: _ClassVar[AlertState]
    ALERT_STATE_DRAFT: _ClassVar[AlertState]
    ALERT_STATE_SUBMITTED_FOR_SENDING: _ClassVar[AlertState]
    ALERT_STATE_AWAITING_SENDING: _ClassVar[AlertState]
    ALERT_STATE_SENT: _ClassVar[AlertState]
    ALERT_STATE_WITHDRAWAL_SUBMITTED_FOR_SENDING: _ClassVar[AlertState]
    ALERT_STATE_WITHDRAWN: _ClassVar[AlertState]
    ALERT_STATE_CLOSURE_OPEN_FOR_COMMENTS: _ClassVar[AlertState]
    ALERT_STATE_CLOSURE_PENDING_SENDING: _ClassVar[AlertState]
    ALERT_STATE_CLOSURE_OPEN_FOR_OBJECTIONS: _ClassVar[AlertState]
    ALERT_STATE_CLOSURE_PENDING_DECISION: _ClassVar[AlertState]
    ALERT_STATE_CLOSED: _ClassVar[AlertState]
    ALERT_STATE_DELETED: _ClassVar[AlertState]
ALERT_STATE_UNSPECIFIED: AlertState
ALERT_STATE_DRAFT: AlertState
ALERT_STATE_SUBMITTED_FOR_SENDING: AlertState
ALERT_STATE_AWAITING_SENDING: AlertState
ALERT_STATE_SENT: AlertState
ALERT_STATE_WITHDRAWAL_SUBMITTED_FOR_SENDING: AlertState
ALERT_STATE_WITHDRAWN: AlertState
ALERT_STATE_CLOSURE_OPEN_FOR_COMMENTS: AlertState
ALERT_STATE_CLOSURE_PENDING_SENDING: AlertState
ALERT_STATE_CLOSURE_OPEN_FOR_OBJECTIONS: AlertState
ALERT_STATE_CLOSURE_PENDING_DECISION: AlertState
ALERT_STATE_CLOSED: AlertState
ALERT_STATE_DELETED: AlertState

class Alert(_message.Message):
    __slots__ = ("alert_id", "number", "state", "launching_entity_id", "created_at", "version", "launching_country", "coordinator_id", "form", "recipients", "period_ends_at", "sent_at", "personal_data_rule")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    FORM_FIELD_NUMBER: _ClassVar[int]
    RECIPIENTS_FIELD_NUMBER: _ClassVar[int]
    PERIOD_ENDS_AT_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_DATA_RULE_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    number: str
    state: AlertState
    launching_entity_id: str
    created_at: _timestamp_pb2.Timestamp
    version: int
    launching_country: str
    coordinator_id: str
    form: AlertForm
    recipients: _containers.RepeatedCompositeFieldContainer[CountryReception]
    period_ends_at: _timestamp_pb2.Timestamp
    sent_at: _timestamp_pb2.Timestamp
    personal_data_rule: str
    def __init__(self, alert_id: _Optional[str] = ..., number: _Optional[str] = ..., state: _Optional[_Union[AlertState, str]] = ..., launching_entity_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., launching_country: _Optional[str] = ..., coordinator_id: _Optional[str] = ..., form: _Optional[_Union[AlertForm, _Mapping]] = ..., recipients: _Optional[_Iterable[_Union[CountryReception, _Mapping]]] = ..., period_ends_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., personal_data_rule: _Optional[str] = ...) -> None: ...

class Provider(_message.Message):
    __slots__ = ("name", "identifier", "address", "natural_person")
    NAME_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    NATURAL_PERSON_FIELD_NUMBER: _ClassVar[int]
    name: str
    identifier: str
    address: str
    natural_person: bool
    def __init__(self, name: _Optional[str] = ..., identifier: _Optional[str] = ..., address: _Optional[str] = ..., natural_person: _Optional[bool] = ...) -> None: ...

class AlertForm(_message.Message):
    __slots__ = ("criteria", "provider", "service_activity", "establishment", "description", "recipient_countries")
    CRITERIA_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    SERVICE_ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    ESTABLISHMENT_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_COUNTRIES_FIELD_NUMBER: _ClassVar[int]
    criteria: _containers.RepeatedScalarFieldContainer[str]
    provider: Provider
    service_activity: str
    establishment: str
    description: str
    recipient_countries: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, criteria: _Optional[_Iterable[str]] = ..., provider: _Optional[_Union[Provider, _Mapping]] = ..., service_activity: _Optional[str] = ..., establishment: _Optional[str] = ..., description: _Optional[str] = ..., recipient_countries: _Optional[_Iterable[str]] = ...) -> None: ...

class CountryReception(_message.Message):
    __slots__ = ("country", "state", "mailbox_ids", "acknowledged_by", "recipient_entity_ids")
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_IDS_FIELD_NUMBER: _ClassVar[int]
    ACKNOWLEDGED_BY_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    country: str
    state: str
    mailbox_ids: _containers.RepeatedScalarFieldContainer[str]
    acknowledged_by: str
    recipient_entity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, country: _Optional[str] = ..., state: _Optional[str] = ..., mailbox_ids: _Optional[_Iterable[str]] = ..., acknowledged_by: _Optional[str] = ..., recipient_entity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetAlertRequest(_message.Message):
    __slots__ = ("alert_id",)
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    def __init__(self, alert_id: _Optional[str] = ...) -> None: ...

class GetAlertResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class ListAlertsRequest(_message.Message):
    __slots__ = ("entity_id", "page")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    page: _pagination_pb2.PageRequest
    def __init__(self, entity_id: _Optional[str] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListAlertsResponse(_message.Message):
    __slots__ = ("alerts", "page")
    ALERTS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    alerts: _containers.RepeatedCompositeFieldContainer[Alert]
    page: _pagination_pb2.PageResponse
    def __init__(self, alerts: _Optional[_Iterable[_Union[Alert, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class LaunchAlertRequest(_message.Message):
    __slots__ = ("form", "coordinator_id", "idempotency_key")
    FORM_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    form: AlertForm
    coordinator_id: str
    idempotency_key: str
    def __init__(self, form: _Optional[_Union[AlertForm, _Mapping]] = ..., coordinator_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class LaunchAlertResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class SaveDraftRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "form", "coordinator_id", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    FORM_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    form: AlertForm
    coordinator_id: str
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., form: _Optional[_Union[AlertForm, _Mapping]] = ..., coordinator_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class SaveDraftResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class SubmitAlertRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class SubmitAlertResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class AcceptAlertRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class AcceptAlertResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class SendAlertRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class SendAlertResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class AcknowledgeAlertRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class AcknowledgeAlertResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class DisseminateAlertRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "entity_ids", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    ENTITY_IDS_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    entity_ids: _containers.RepeatedScalarFieldContainer[str]
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., entity_ids: _Optional[_Iterable[str]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class DisseminateAlertResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class AddInformationRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "kind", "text", "coordinator_id", "addressed_to", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRESSED_TO_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    kind: str
    text: str
    coordinator_id: str
    addressed_to: str
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., kind: _Optional[str] = ..., text: _Optional[str] = ..., coordinator_id: _Optional[str] = ..., addressed_to: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class AddInformationResponse(_message.Message):
    __slots__ = ("alert", "info_id")
    ALERT_FIELD_NUMBER: _ClassVar[int]
    INFO_ID_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    info_id: str
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ..., info_id: _Optional[str] = ...) -> None: ...

class ProposeClosureRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "coordinator_id", "reason", "comment_period_days", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    COMMENT_PERIOD_DAYS_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    coordinator_id: str
    reason: str
    comment_period_days: int
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., coordinator_id: _Optional[str] = ..., reason: _Optional[str] = ..., comment_period_days: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class ProposeClosureResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class SendClosureProposalRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "objection_period_days", "include_comment_ids", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    OBJECTION_PERIOD_DAYS_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_COMMENT_IDS_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    objection_period_days: int
    include_comment_ids: _containers.RepeatedScalarFieldContainer[str]
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., objection_period_days: _Optional[int] = ..., include_comment_ids: _Optional[_Iterable[str]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class SendClosureProposalResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...

class CloseAlertRequest(_message.Message):
    __slots__ = ("alert_id", "expected_version", "idempotency_key")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    expected_version: int
    idempotency_key: str
    def __init__(self, alert_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class CloseAlertResponse(_message.Message):
    __slots__ = ("alert",)
    ALERT_FIELD_NUMBER: _ClassVar[int]
    alert: Alert
    def __init__(self, alert: _Optional[_Union[Alert, _Mapping]] = ...) -> None: ...
