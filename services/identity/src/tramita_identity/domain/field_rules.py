"""Validation of what people type into forms: every broken rule is collected, then raised
together (INVALID_ARGUMENT with one field violation each)."""

import re
from dataclasses import dataclass, field

from tramita_identity.domain.claims import language_tag
from tramita_identity.domain.errors import InvalidFields

EMAIL_MAX_LENGTH = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Violations:
    """Collects (field, rule, description); `raise_any()` raises them all at once."""

    found: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, field_name: str, rule: str, description: str) -> None:
        self.found.append((field_name, rule, description))

    def raise_any(self) -> None:
        if self.found:
            raise InvalidFields(self.found)

    def text(self, field_name: str, value: str, *, max_length: int, required: bool = True) -> str:
        """Trimmed single- or multi-line text without control characters."""
        clean = (value or "").strip()
        if not clean:
            if required:
                self.add(field_name, "required", "must not be empty")
            return ""
        if len(clean) > max_length:
            self.add(field_name, "max_length", f"at most {max_length} characters")
        if _CONTROL.search(clean):
            self.add(field_name, "characters", "must not contain control characters")
        return clean

    def email(self, field_name: str, value: str) -> str:
        """An e-mail address, lower-cased (addresses are compared case-insensitively)."""
        clean = (value or "").strip().lower()
        if not clean:
            self.add(field_name, "required", "must not be empty")
        elif len(clean) > EMAIL_MAX_LENGTH or not _EMAIL.match(clean):
            self.add(field_name, "email", "must be an e-mail address, e.g. ana@example.org")
        return clean

    def phone(self, field_name: str, value: str) -> str:
        """An optional phone number in E.164 form ("+351912345678"); "" when not given."""
        clean = re.sub(r"[\s().\-]", "", value or "")
        if clean and not _E164.match(clean):
            self.add(field_name, "e164", "must be an international number, e.g. +351912345678")
        return clean

    def language(self, field_name: str, value: str, *, default: str) -> str:
        """A BCP 47 language tag ("pt-PT"); the default when not given."""
        if not (value or "").strip():
            return default
        tag = language_tag(value.strip())
        if not tag:
            self.add(field_name, "language", 'must be a language tag, e.g. "pt-PT" or "en"')
        return tag or default
