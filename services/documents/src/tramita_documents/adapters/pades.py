"""PAdES signing and verification with pyHanko.

Signing: B-B (signing certificate, signing time) always; B-T when a timestamper is given
(an RFC 3161 TSA over HTTP in deployments, an in-process one in tests). The key is loaded
on first use and cached for the life of the process.

Verification: every embedded signature is checked against the configured trust roots;
the report describes the first (issuing) signature and whether anything was added after.
"""

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pyhanko.keys import load_cert_from_pemder, load_certs_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper
from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from tramita_documents.domain.verification import SignatureCheck

log = logging.getLogger(__name__)
FIELD_NAME = "TramitaSignature"


class SigningKeyUnavailable(RuntimeError):
    """The signing key or certificate could not be loaded."""


@dataclass(frozen=True)
class KeyFiles:
    """Where the signing key lives: files mounted from a Kubernetes secret (or the dev PKI)."""

    key_file: Path
    cert_file: Path
    chain_files: Sequence[Path] = ()
    key_password: bytes | None = None


class PadesSigner:
    """The one Signer of the service; the pyHanko signer is built once and reused."""

    def __init__(
        self,
        keys: KeyFiles,
        *,
        timestamper: TimeStamper | None = None,
        location: str = "",
    ) -> None:
        self._keys = keys
        self._timestamper = timestamper
        self._location = location or None
        self._signer: signers.SimpleSigner | None = None
        self._lock = asyncio.Lock()

    @classmethod
    def with_tsa_url(cls, keys: KeyFiles, *, tsa_url: str, location: str = "") -> "PadesSigner":
        timestamper = HTTPTimeStamper(tsa_url) if tsa_url else None
        return cls(keys, timestamper=timestamper, location=location)

    def _load(self) -> signers.SimpleSigner:
        if self._signer is None:
            keys = self._keys
            signer = signers.SimpleSigner.load(
                key_file=str(keys.key_file),
                cert_file=str(keys.cert_file),
                ca_chain_files=[str(p) for p in keys.chain_files] or None,
                key_passphrase=keys.key_password,
            )
            if signer is None:
                raise SigningKeyUnavailable(f"cannot load signing key {keys.key_file}")
            self._signer = signer
            log.info("signing key loaded from %s", keys.key_file)
        return self._signer

    async def sign(self, pdf: bytes, *, reason: str) -> bytes:
        async with self._lock:
            signer = self._load()
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            reason=reason,
            location=self._location,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
        )
        writer = IncrementalPdfFileWriter(BytesIO(pdf))
        output = await signers.async_sign_pdf(
            writer, meta, signer=signer, timestamper=self._timestamper
        )
        return output.getvalue()


class PadesVerifier:
    """Checks signatures against fixed trust roots; no network fetching."""

    def __init__(self, *, trust_roots: Sequence[Path], other_certs: Sequence[Path] = ()) -> None:
        self._roots = [load_cert_from_pemder(str(p)) for p in trust_roots]
        self._others = [c for p in other_certs for c in load_certs_from_pemder([str(p)])]

    def _context(self) -> ValidationContext:
        # The local PKI publishes no OCSP/CRL: revocation is checked when the data is
        # embedded or reachable, and its absence alone does not fail (soft-fail).
        return ValidationContext(
            trust_roots=self._roots,
            other_certs=self._others,
            allow_fetching=False,
            revocation_mode="soft-fail",
        )

    async def check(self, pdf: bytes) -> SignatureCheck:
        try:
            reader = PdfFileReader(BytesIO(pdf), strict=False)
            signatures = reader.embedded_regular_signatures
        except Exception:
            log.info("verification: not a readable PDF", exc_info=True)
            return SignatureCheck(pdf=False)
        if not signatures:
            return SignatureCheck(signed=False)
        first = signatures[0]
        statuses = []
        for embedded in signatures:
            try:
                statuses.append(
                    await async_validate_pdf_signature(
                        embedded, signer_validation_context=self._context()
                    )
                )
            except Exception:
                log.info("verification: signature could not be validated", exc_info=True)
                return SignatureCheck(signed=True, signature_count=len(signatures))
        status = statuses[0]
        ts = status.timestamp_validity
        cert = status.signing_cert
        return SignatureCheck(
            signed=True,
            intact=all(s.intact and s.valid for s in statuses),
            trusted=all(s.trusted for s in statuses),
            revoked=any(s.revoked for s in statuses),
            # Byte changes inside the signed range break the digest; anything appended after
            # the signature (an incremental update, a second signature) leaves the file
            # larger than what was signed.
            unmodified=(
                status.intact
                and len(signatures) == 1
                and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
            ),
            signer_subject=cert.subject.human_friendly,
            issuer_subject=cert.issuer.human_friendly,
            signing_time=first.self_reported_timestamp or status.signer_reported_dt,
            timestamp_present=ts is not None,
            timestamp_valid=ts is not None and ts.intact and ts.valid and ts.trusted,
            timestamp_time=ts.timestamp if ts is not None else None,
            signature_count=len(signatures),
            level="B-T" if ts is not None else "B-B",
        )
