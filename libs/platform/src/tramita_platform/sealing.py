"""Personal data sealed at rest (ARCHITECTURE §5): AES-256-GCM with a fresh data key per
record, the data key wrapped by the master key; both bound to the record id. Dropping the
sealed value (or the master key) shreds it. `index` is a keyed digest for exact look-ups
(e.g. "is a request pending for this e-mail?") that does not reveal the value.

`context` (the service's name) separates the keys each service derives from its master
key, so one service's sealed values never open with another's derivation."""

import hashlib
import hmac
import json
import os
from collections.abc import Mapping

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_VERSION = b"\x01"
_NONCE = 12
_WRAPPED = 32 + 16  # a 256-bit key and its tag


__all__ = ["PersonalDataSealer"]


def _derive(secret: bytes, context: str, purpose: bytes) -> bytes:
    info = f"tramita-{context} ".encode() + purpose
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


class PersonalDataSealer:
    def __init__(self, master_secret: bytes, *, context: str) -> None:
        if len(master_secret) < 16:
            raise ValueError("the personal-data master key needs at least 16 bytes")
        self._wrap = AESGCM(_derive(master_secret, context, b"key wrapping"))
        self._index_key = _derive(master_secret, context, b"blind index")

    def seal(self, record_id: str, values: Mapping[str, str]) -> bytes:
        aad = record_id.encode()
        data_key = AESGCM.generate_key(bit_length=256)
        key_nonce, body_nonce = os.urandom(_NONCE), os.urandom(_NONCE)
        wrapped = self._wrap.encrypt(key_nonce, data_key, aad)
        body = AESGCM(data_key).encrypt(body_nonce, json.dumps(dict(values)).encode(), aad)
        return b"".join((_VERSION, key_nonce, wrapped, body_nonce, body))

    def open(self, record_id: str, sealed: bytes) -> dict[str, str]:
        if sealed[:1] != _VERSION:
            raise ValueError("unknown sealing version")
        aad = record_id.encode()
        at = 1
        key_nonce = sealed[at : at + _NONCE]
        at += _NONCE
        wrapped = sealed[at : at + _WRAPPED]
        at += _WRAPPED
        body_nonce = sealed[at : at + _NONCE]
        body = sealed[at + _NONCE :]
        data_key = self._wrap.decrypt(key_nonce, wrapped, aad)
        return json.loads(AESGCM(data_key).decrypt(body_nonce, body, aad))

    def index(self, value: str) -> str:
        return hmac.new(self._index_key, value.encode(), hashlib.sha256).hexdigest()
