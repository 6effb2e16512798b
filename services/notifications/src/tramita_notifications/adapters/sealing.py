"""Sealing secret message bodies at rest (Fernet: AES-128-CBC + HMAC-SHA256).

A body that carries a one-time secret (a code, a set-password link) is stored sealed
and replaced by '' once sent, so neither a database dump nor a backup exposes live
secrets. The key setting may list several keys separated by commas: the first seals,
all of them open, so a key can be rotated without losing queued messages.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

__all__ = ["Sealer", "SealingError"]


class SealingError(Exception):
    """A sealed body could not be opened (wrong key or tampered data)."""


class Sealer:
    """Seals and opens text with the configured Fernet key(s)."""

    def __init__(self, keys: str) -> None:
        parts = [part.strip() for part in keys.split(",") if part.strip()]
        if not parts:
            raise ValueError("a sealing key is required (Fernet.generate_key())")
        try:
            self._fernet = MultiFernet([Fernet(part) for part in parts])
        except ValueError as exc:
            raise ValueError("a sealing key must be 32 url-safe base64-encoded bytes") from exc

    @staticmethod
    def generate_key() -> str:
        """Return a new random key, as the setting expects it."""
        return Fernet.generate_key().decode()

    def seal(self, plain: str) -> str:
        """Return `plain` encrypted and authenticated, as ASCII text."""
        return self._fernet.encrypt(plain.encode()).decode()

    def open(self, sealed: str) -> str:
        """Return the text `seal` was given; SealingError when the key or data is wrong."""
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken as exc:
            raise SealingError("sealed body cannot be opened with the configured keys") from exc
