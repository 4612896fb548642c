"""The default user agent names no contact: drift says so once; a user agent with a contact is quiet."""

from __future__ import annotations

import pytest

from harness.config import HarnessConfig
from harness.drift import contact_warning, load_settings


@pytest.mark.parametrize(
    ("user_agent", "warns"),
    [
        (HarnessConfig().user_agent, True),  # the shipped default
        ("news-harness", True),
        ("acme-drift/1.0 (+https://acme.example.org/crawler)", False),
        ("acme-drift/1.0 (crawler-ops@acme.example.org)", False),
        ("acme-drift/1.0 (+https://placeholder.invalid/x)", True),
    ],
)
def test_contact_warning(user_agent: str, warns: bool) -> None:
    assert (contact_warning(user_agent) is not None) is warns


def test_drift_uses_the_configured_user_agent() -> None:
    ua = "acme-drift/1.0 (+https://acme.example.org/crawler)"
    assert load_settings(HarnessConfig(user_agent=ua)).user_agent == ua
    assert load_settings(
        HarnessConfig(drift={"user_agent": "x (+https://x.example.org)"})
    ).user_agent.startswith("x ")
