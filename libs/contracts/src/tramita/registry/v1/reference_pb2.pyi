from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class NaceSection(_message.Message):
    __slots__ = ("code", "title_en", "title_pt")
    CODE_FIELD_NUMBER: _ClassVar[int]
    TITLE_EN_FIELD_NUMBER: _ClassVar[int]
    TITLE_PT_FIELD_NUMBER: _ClassVar[int]
    code: str
    title_en: str
    title_pt: str
    def __init__(self, code: _Optional[str] = ..., title_en: _Optional[str] = ..., title_pt: _Optional[str] = ...) -> None: ...

class NaceDivision(_message.Message):
    __slots__ = ("code", "section", "title_en", "title_pt")
    CODE_FIELD_NUMBER: _ClassVar[int]
    SECTION_FIELD_NUMBER: _ClassVar[int]
    TITLE_EN_FIELD_NUMBER: _ClassVar[int]
    TITLE_PT_FIELD_NUMBER: _ClassVar[int]
    code: str
    section: str
    title_en: str
    title_pt: str
    def __init__(self, code: _Optional[str] = ..., section: _Optional[str] = ..., title_en: _Optional[str] = ..., title_pt: _Optional[str] = ...) -> None: ...

class PolicyArea(_message.Message):
    __slots__ = ("code", "title_en", "title_pt")
    CODE_FIELD_NUMBER: _ClassVar[int]
    TITLE_EN_FIELD_NUMBER: _ClassVar[int]
    TITLE_PT_FIELD_NUMBER: _ClassVar[int]
    code: str
    title_en: str
    title_pt: str
    def __init__(self, code: _Optional[str] = ..., title_en: _Optional[str] = ..., title_pt: _Optional[str] = ...) -> None: ...

class ReferenceWorkflow(_message.Message):
    __slots__ = ("code", "kind", "title_en", "title_pt")
    CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TITLE_EN_FIELD_NUMBER: _ClassVar[int]
    TITLE_PT_FIELD_NUMBER: _ClassVar[int]
    code: str
    kind: str
    title_en: str
    title_pt: str
    def __init__(self, code: _Optional[str] = ..., kind: _Optional[str] = ..., title_en: _Optional[str] = ..., title_pt: _Optional[str] = ...) -> None: ...

class LegislativeArea(_message.Message):
    __slots__ = ("code", "title_en", "title_pt", "workflows", "keywords")
    CODE_FIELD_NUMBER: _ClassVar[int]
    TITLE_EN_FIELD_NUMBER: _ClassVar[int]
    TITLE_PT_FIELD_NUMBER: _ClassVar[int]
    WORKFLOWS_FIELD_NUMBER: _ClassVar[int]
    KEYWORDS_FIELD_NUMBER: _ClassVar[int]
    code: str
    title_en: str
    title_pt: str
    workflows: _containers.RepeatedCompositeFieldContainer[ReferenceWorkflow]
    keywords: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, code: _Optional[str] = ..., title_en: _Optional[str] = ..., title_pt: _Optional[str] = ..., workflows: _Optional[_Iterable[_Union[ReferenceWorkflow, _Mapping]]] = ..., keywords: _Optional[_Iterable[str]] = ...) -> None: ...

class FlagDefinition(_message.Message):
    __slots__ = ("name", "workflow_kind", "holder", "default_value", "changed_by", "title_en", "title_pt")
    NAME_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_KIND_FIELD_NUMBER: _ClassVar[int]
    HOLDER_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
    CHANGED_BY_FIELD_NUMBER: _ClassVar[int]
    TITLE_EN_FIELD_NUMBER: _ClassVar[int]
    TITLE_PT_FIELD_NUMBER: _ClassVar[int]
    name: str
    workflow_kind: str
    holder: str
    default_value: bool
    changed_by: _containers.RepeatedScalarFieldContainer[str]
    title_en: str
    title_pt: str
    def __init__(self, name: _Optional[str] = ..., workflow_kind: _Optional[str] = ..., holder: _Optional[str] = ..., default_value: _Optional[bool] = ..., changed_by: _Optional[_Iterable[str]] = ..., title_en: _Optional[str] = ..., title_pt: _Optional[str] = ...) -> None: ...
