"""The drift test world: a local server serving every base page in every variant, and their cassettes.

Each base page is recorded (as a cassette under a temporary root) in its churn-0 form. The server serves,
under ``/v/<variant>/<site>/...``, the benign variants, the mutations and the failures; a drift run
points the public sites at one variant with ``FROM=TO`` rewrite rules, as a nightly run would point them
at a staging mirror.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from harness import runner
from harness.capture.cassette import CassetteRef
from harness.config import HarnessConfig
from harness.drift import DriftSettings, load_settings
from tests.drift import variants
from tests.drift.helpers import BasePage, base_pages, selector_extractor, write_cassette
from tests.drift.server import LocalServer, Route, closed_port

PAGES = base_pages()
FAILURES = {
    "404": Route(b"gone", 404),
    "410": Route(b"gone", 410),
    "500": Route(b"oops", 500),
    "slow": Route(b"<html></html>", 200, delay=600.0),  # answers only when the server stops
}
# Generous: a loaded CI machine can take seconds to answer locally (robots.txt included); a timeout in
# these tests must never race the machine. Only the "slow" variant's test sets a short one.
TEST_DRIFT = {
    "timeout": 30.0,
    "retries": 2,
    "backoff": 0.02,
    "backoff_max": 0.2,
    "per_host": 4,
    "concurrency": 8,
}


@dataclass
class World:
    server: LocalServer
    root: Path
    cfg: HarnessConfig
    refs: dict[str, CassetteRef] = field(default_factory=dict)
    recorded: dict[str, str] = field(default_factory=dict)
    contexts: dict[str, Any] = field(default_factory=dict)

    def rules(self, variant: str, pages: Sequence[BasePage] = PAGES) -> list[str]:
        if variant == "closed-port":
            return [f"http://{p.site}=http://127.0.0.1:{closed_port()}" for p in pages]
        return sorted({f"http://{p.site}={self.server.url}/v/{variant}/{p.site}" for p in pages})

    def settings(self, variant: str, **extra: Any) -> DriftSettings:
        return load_settings(self.cfg, rewrite=self.rules(variant), **extra)

    def context(self, page: BasePage, kind: str) -> runner.RunContext:
        key = f"{kind}:{page.site}/{page.slug}"
        if key not in self.contexts:
            extractor = selector_extractor(self.recorded[page.slug]) if kind == "selector" else None
            self.contexts[key] = (
                runner.RunContext(self.cfg, extractor).prepare()
                if extractor
                else runner.make_context(self.cfg, "generic")
            )
        return self.contexts[key]  # type: ignore[no-any-return]


def _serve(server: LocalServer, page: BasePage, variant: str, html: str) -> None:
    server.routes[f"/v/{variant}/{page.site}/2025/{page.slug}"] = Route(html.encode("utf-8"))


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("drift-cassettes")
    cfg = HarnessConfig(root=root, cassettes=Path("."), drift=dict(TEST_DRIFT))
    server = LocalServer(max_seconds=3600.0)  # the whole session under load, not a guess at its length
    w = World(server, root, cfg)
    for page in PAGES:
        recorded = variants.churn(page.html)
        w.recorded[page.slug] = recorded
        w.refs[page.slug] = write_cassette(root, page.site, page.slug, page.url, recorded)
        _serve(server, page, "same", recorded)
        for name, seeds in variants.BENIGN.items():
            _serve(server, page, name, variants.churn(page.html, **seeds))
        _serve(server, page, "time-relative", variants.time_relative(recorded))
        for mutation in variants.MUTATIONS:
            _serve(server, page, mutation.name, mutation.fn(recorded))
        for name, route in FAILURES.items():
            server.routes[f"/v/{name}/{page.site}/2025/{page.slug}"] = route
    with server:
        yield w
