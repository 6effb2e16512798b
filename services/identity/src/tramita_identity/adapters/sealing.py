"""The identity service's personal-data sealer: the platform's, with the identity key context."""

from tramita_platform import sealing


class PersonalDataSealer(sealing.PersonalDataSealer):
    def __init__(self, master_secret: bytes) -> None:
        super().__init__(master_secret, context="identity")
