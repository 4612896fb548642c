"""The newspaper4k adapter: parses the page it is given, offline, and fills the record's fields."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("newspaper")

from harness.extractors import registry
from harness.page import Page, RecordedResponse

HTML = b"""<!doctype html><html lang="de"><head><title>Neue Br\xc3\xbccke | Zeitung</title>
<meta property="og:title" content="Neue Br\xc3\xbccke er\xc3\xb6ffnet">
<meta property="article:published_time" content="2025-03-04T09:15:00+01:00">
<meta name="author" content="Anna Schmidt"></head><body><article><h1>Neue Br\xc3\xbccke er\xc3\xb6ffnet</h1>
<p>Die neue Br\xc3\xbccke wurde am Montag nach zehn Jahren Bauzeit feierlich er\xc3\xb6ffnet,
sagten die Beh\xc3\xb6rden.</p>
<p>Der Verkehr \xc3\xbcber den Fluss soll sich bis zum Fr\xc3\xbchjahr deutlich entspannen,
hie\xc3\x9f es weiter.</p>
<p>Die Kosten lagen mit 40 Millionen Euro im geplanten Rahmen, teilte die Stadt am Dienstag mit.</p>
<img src="http://images.invalid/bridge.jpg"></article></body></html>"""


def test_newspaper4k_extracts_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("newspaper4k tried to open a connection")

    ex = registry.get("newspaper4k")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    page = Page(RecordedResponse("https://zeitung.example/bruecke", 200, {}, HTML), "zeitung.example", "z/b")
    record = ex.extract(page)
    assert record.title == "Neue Brücke eröffnet"
    assert record.published is not None and record.published.startswith("2025-03-04")
    assert record.body is not None and record.body.count("\n\n") == 2 and "40 Millionen" in record.body
    assert record.language == "de"
    assert record.extractor == "newspaper4k" and record.extractor_version
