"""Renderer port over Jinja2 templates shipped in `tramita_notifications/templates/`.

Files are named `<kind>.<lang>.<part>.j2`, part being `subject` and `body` for e-mail and
`sms` for SMS; `_*.j2` files are shared fragments. Text is plain, so no autoescaping;
undefined values fail loudly; params outside the kind's whitelist are refused before
anything is rendered.
"""

from __future__ import annotations

from collections.abc import Mapping

from jinja2 import BaseLoader, Environment, PackageLoader, StrictUndefined, TemplateNotFound

from tramita_notifications.app.ports import Rendered
from tramita_notifications.domain.catalogue import check_params
from tramita_notifications.domain.errors import InvalidChannel
from tramita_notifications.domain.model import Channel, Language

__all__ = ["JinjaRenderer", "template_name"]

SMS_PART = "sms"


def template_name(kind: str, language: Language, part: str) -> str:
    return f"{kind}.{language.value}.{part}.j2"


class JinjaRenderer:
    """Renders notices for `portal_url` (e.g. "https://portal.tramita.example")."""

    def __init__(self, portal_url: str, *, loader: BaseLoader | None = None) -> None:
        self._portal_url = portal_url.rstrip("/")
        self._env = Environment(
            loader=loader or PackageLoader("tramita_notifications", "templates"),
            undefined=StrictUndefined,
            autoescape=False,  # noqa: S701 - plain-text mail and SMS, never HTML
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(
        self,
        kind: str,
        channel: Channel,
        language: Language,
        *,
        link: str,
        params: Mapping[str, str],
    ) -> Rendered:
        notice = check_params(kind, params)
        if channel not in notice.channels:
            raise InvalidChannel(kind, channel)
        if link and not link.startswith("/"):
            raise ValueError(f"link must be a portal path starting with '/', not {link!r}")
        context = {**params, "link": link, "portal_url": self._portal_url}
        if channel is Channel.SMS:
            return Rendered("", self._render(kind, language, SMS_PART, context).strip())
        subject = " ".join(self._render(kind, language, "subject", context).split())
        return Rendered(subject, self._render(kind, language, "body", context).strip() + "\n")

    def _render(self, kind: str, language: Language, part: str, context: Mapping[str, str]) -> str:
        """Render in `language`, or in English when that language's file is missing."""
        try:
            template = self._env.get_template(template_name(kind, language, part))
        except TemplateNotFound:
            if language is Language.EN:
                raise
            template = self._env.get_template(template_name(kind, Language.EN, part))
        return template.render(context)
