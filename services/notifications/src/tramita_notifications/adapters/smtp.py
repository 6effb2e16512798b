"""E-mail over SMTP (aiosmtplib): one connection per message, plain UTF-8 text.

Failures map to SendFailed: a 5xx refusal of the recipient is permanent (the address
is wrong and retrying cannot help); connection errors, timeouts, 4xx replies and every
other refusal (authentication, sender, data) are retried, since they are the server's
or our configuration's problem, not the message's.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate
from enum import StrEnum

import aiosmtplib

from tramita_notifications.app.ports import SendFailed

__all__ = ["SmtpMailSender", "TlsMode"]


class TlsMode(StrEnum):
    NONE = "none"  # plain SMTP (local catcher only)
    STARTTLS = "starttls"  # upgrade after connecting, usually port 587
    TLS = "tls"  # implicit TLS from the first byte, usually port 465


class SmtpMailSender:
    """MailSender over SMTP. `message_id_domain` is the right-hand side of Message-ID."""

    def __init__(
        self,
        *,
        host: str,
        port: int,
        from_address: str,
        tls: TlsMode | str = TlsMode.STARTTLS,
        username: str = "",
        password: str = "",
        timeout: float = 30.0,
        message_id_domain: str = "tramita",
    ) -> None:
        if username and not password:
            raise ValueError("an SMTP username needs a password")
        self._host = host
        self._port = port
        self._from = from_address
        self._tls = TlsMode(tls)
        self._username = username or None
        self._password = password or None
        self._timeout = timeout
        self._domain = message_id_domain

    async def send(
        self, *, to: str, subject: str, body: str, message_id: str, language: str = ""
    ) -> None:
        """Send one e-mail or raise SendFailed."""
        message = self._compose(to=to, subject=subject, body=body, message_id=message_id)
        if language:
            message["Content-Language"] = str(language)
        try:
            await aiosmtplib.send(
                message,
                hostname=self._host,
                port=self._port,
                username=self._username,
                password=self._password,
                use_tls=self._tls is TlsMode.TLS,
                start_tls=self._tls is TlsMode.STARTTLS,
                timeout=self._timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            raise _refused(exc.recipients) from exc
        except aiosmtplib.SMTPRecipientRefused as exc:
            raise _refused([exc]) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise SendFailed(f"SMTP {exc.code}: {exc.message}") from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise SendFailed(f"SMTP unavailable: {type(exc).__name__}: {exc}") from exc
        except ValueError as exc:  # aiosmtplib found no usable recipient or sender
            raise SendFailed(f"unusable message: {exc}", permanent=True) from exc

    def _compose(self, *, to: str, subject: str, body: str, message_id: str) -> EmailMessage:
        message = EmailMessage()
        try:
            message["From"] = self._from
            message["To"] = to
            message["Subject"] = subject
        except (ValueError, IndexError) as exc:
            raise SendFailed(f"invalid header: {exc}", permanent=True) from exc
        message["Date"] = formatdate(localtime=False)
        # Receivers drop a resend after a crash by this id (see app/delivery.py).
        message["Message-ID"] = f"<{message_id}@{self._domain}>"
        message.set_content(body, subtype="plain", charset="utf-8")
        return message


def _refused(refusals: list[aiosmtplib.SMTPRecipientRefused]) -> SendFailed:
    """Permanent only when every refusal is a 5xx (a 4xx may pass on retry)."""
    reasons = "; ".join(f"{r.code} {r.message}" for r in refusals)
    permanent = bool(refusals) and all(500 <= r.code < 600 for r in refusals)
    return SendFailed(f"recipient refused: {reasons}", permanent=permanent)
