"""After the journeys (this file runs last): every message the platform sent says what to
do and links to the portal, and none carries case content or personal data of others.

The catcher holds what the journeys before this file sent (and earlier runs'). The rule
(PRODUCT §9, IMI 003 §5.3.9.3, §6.4.1): notices tell what to do and link to the portal;
never a data subject's data, national ids, questions, descriptions, attachments, bonds.
"""

import re

import httpx
import pytest
from tramita_devstack import config

pytestmark = pytest.mark.e2e

PLATFORM_FROM = "no-reply@tramita.local"
PORTAL = f"http://{config.HOST}:{config.port('gateway')}/"
# National ids of the stand-in IdPs' citizens, and the claims' raw shapes.
NATIONAL_IDS = ("38472910504", "20581694333", "61730548253", "47019362869", "235198471")
NEVER = (*NATIONAL_IDS, "cnpj_vinculos", "cnpj_bonds", "Maria Forbidden Subject")
SECRET_IN_SUBJECT = re.compile(r"\b\d{6}\b")


async def platform_messages(mail: httpx.AsyncClient) -> list[dict]:
    found, start = [], 0
    while True:
        page = await mail.get("/api/v1/messages", params={"start": start, "limit": 200})
        assert page.status_code == 200, page.text
        summaries = page.json()["messages"]
        found += [m for m in summaries if m["From"]["Address"] == PLATFORM_FROM]
        if len(summaries) < 200:
            break
        start += 200
    return [(await mail.get(f"/api/v1/message/{m['ID']}")).json() for m in found]


async def test_every_platform_message_links_to_the_portal_and_carries_no_case_data(
    mail: httpx.AsyncClient,
) -> None:
    messages = await platform_messages(mail)
    assert messages, "the journeys before this test sent no platform e-mail"
    for message in messages:
        text = message["Text"] or ""
        where = f"{message['Subject']!r} to {[t['Address'] for t in message['To']]}"
        assert PORTAL in text, f"no portal link in {where}"
        for never in NEVER:
            assert never not in text and never not in message["Subject"], f"{never} in {where}"
        assert not SECRET_IN_SUBJECT.search(message["Subject"]), f"a code in the subject {where}"
        assert message["MessageID"].endswith("@tramita"), where
