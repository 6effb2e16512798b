"""Public verification of a document: what was checked, and the verdict drawn from it."""

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime


class Problem(enum.StrEnum):
    """Why a document is not valid; the verdict is valid only when there is none."""

    NOT_A_PDF = "NOT_A_PDF"
    NO_SIGNATURE = "NO_SIGNATURE"
    SIGNATURE_BROKEN = "SIGNATURE_BROKEN"
    SIGNER_NOT_TRUSTED = "SIGNER_NOT_TRUSTED"
    CERTIFICATE_REVOKED = "CERTIFICATE_REVOKED"
    MODIFIED_AFTER_SIGNING = "MODIFIED_AFTER_SIGNING"
    TIMESTAMP_INVALID = "TIMESTAMP_INVALID"
    NOT_REGISTERED = "NOT_REGISTERED"
    DOES_NOT_MATCH_REGISTERED = "DOES_NOT_MATCH_REGISTERED"


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """What the signature verifier found in the bytes (no registry lookup)."""

    pdf: bool = True
    signed: bool = False
    # The CMS signature and the signed byte ranges hash match.
    intact: bool = False
    # Chain to a configured trust root, valid at the signing time.
    trusted: bool = False
    revoked: bool = False
    # The signature covers the whole file: nothing appended after signing.
    unmodified: bool = False
    signer_subject: str = ""
    issuer_subject: str = ""
    signing_time: datetime | None = None
    timestamp_present: bool = False
    timestamp_valid: bool = False
    timestamp_time: datetime | None = None
    signature_count: int = 0
    # PAdES level reached: "B-B", "B-T" (or "" when unsigned).
    level: str = ""


@dataclass(frozen=True, slots=True)
class Registration:
    """How the document relates to the registered one (looked up by number or hash)."""

    number: str = ""
    document_id: str = ""
    # None when nothing was registered under that number/hash.
    matches: bool | None = None
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    sha256: str
    signature: SignatureCheck
    registration: Registration
    problems: tuple[Problem, ...] = field(default=())

    @property
    def valid(self) -> bool:
        return not self.problems


def problems_of(signature: SignatureCheck, registration: Registration) -> tuple[Problem, ...]:
    """The verdict rules: every failed check is a problem, in a stable order."""
    if not signature.pdf:
        return (Problem.NOT_A_PDF, *_registration_problems(registration))
    if not signature.signed:
        return (Problem.NO_SIGNATURE, *_registration_problems(registration))
    found: list[Problem] = []
    if not signature.intact:
        found.append(Problem.SIGNATURE_BROKEN)
    if not signature.trusted:
        found.append(Problem.SIGNER_NOT_TRUSTED)
    if signature.revoked:
        found.append(Problem.CERTIFICATE_REVOKED)
    if not signature.unmodified:
        found.append(Problem.MODIFIED_AFTER_SIGNING)
    if signature.timestamp_present and not signature.timestamp_valid:
        found.append(Problem.TIMESTAMP_INVALID)
    return (*found, *_registration_problems(registration))


def _registration_problems(registration: Registration) -> tuple[Problem, ...]:
    if registration.matches is None:
        return (Problem.NOT_REGISTERED,)
    if not registration.matches:
        return (Problem.DOES_NOT_MATCH_REGISTERED,)
    return ()


def report(
    *, sha256: str, signature: SignatureCheck, registration: Registration
) -> ValidationReport:
    return replace(
        ValidationReport(sha256=sha256, signature=signature, registration=registration),
        problems=problems_of(signature, registration),
    )
