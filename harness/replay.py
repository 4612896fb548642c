"""Offline replay: serve a page's recorded traffic to an extractor, with the network unreachable.

Two layers guard replay:

* vcrpy, in record mode ``none``, answers every request that requests, httpx, urllib3, urllib or
  http.client make, from the cassette the harness already loaded (no second parse). Most extractors make
  no request: :func:`harness.extraction.extract_page` first replays a page without vcrpy (``player=False``:
  the guard alone), and only a page whose extractor reached for the network through an HTTP client vcrpy
  patches (requests, httpx, urllib, http.client...) is replayed again with vcrpy.
  So a run whose extractor never fetches never imports vcrpy (nor the aiohttp it imports, ~0.3 s) and
  never patches the HTTP clients (~1 ms a page);
* below every library, :mod:`harness.guard` refuses each connect, UDP send, DNS lookup, fork and
  subprocess in the whole process, C-level socket calls included, through a CPython audit hook installed
  when this module is imported and switched on by :func:`offline`. vcrpy's playback never reaches a
  socket, so it keeps working.

A request that is not in the cassette becomes :class:`ReplayMiss`, which names the cassette and the URL,
instead of vcrpy's ``CannotOverwriteExistingCassetteException``. Misses and blocked network attempts are
also noticed when the extractor swallows the exception itself: the :class:`ReplaySession` keeps them,
and :meth:`ReplaySession.findings` turns them into ``replay.miss`` / ``replay.network`` findings.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from harness.capture import cassette as cassette_mod
from harness.capture.cassette import Cassette
from harness.capture.scrub import Scrubber
from harness.guard import Attempt, GuardLog, NetworkBlocked, guarded, network_blocked
from harness.model import Finding

__all__ = ["NetworkBlocked", "ReplayMiss", "ReplaySession", "network_blocked", "offline"]


class ReplayMiss(LookupError):
    """The extractor asked for a URL that the cassette does not hold."""

    def __init__(self, cassette: Path, method: str, url: str) -> None:
        self.cassette, self.method, self.url = cassette, method, url
        super().__init__(
            f"{method} {url} is not recorded in cassette {cassette}; replay is offline, so the extractor "
            f"cannot fetch it (re-record the page with 'harness record --force {url}' if it needs it)"
        )


_playing: dict[str, Cassette] = {}  # cassettes that offline() is replaying now, by the path given to vcrpy


class _LoadedPersister:
    """vcrpy persister that hands over the cassette :mod:`capture.cassette` already parsed; never writes."""

    @classmethod
    def load_cassette(cls, cassette_path: str, serializer: Any) -> tuple[list[Any], list[Any]]:
        from vcr.request import Request

        loaded = _playing.get(cassette_path) or cassette_mod.load(Path(cassette_path))
        requests = [Request._from_dict(dict(i["request"])) for i in loaded.interactions]
        responses = [dict(i["response"]) for i in loaded.interactions]
        return requests, responses

    @staticmethod
    def save_cassette(cassette_path: str, cassette_dict: Any, serializer: Any) -> None:
        return None  # replay never writes cassettes


@cache
def _vcr(scrubber: Scrubber) -> Any:
    """One player per set of scrub rules. Secrets were scrubbed at record time, so request URIs are
    compared scrubbed (a live ``?token=abc`` matches the recorded ``?token=REDACTED``)."""
    import vcr

    player = vcr.VCR(
        serializer="harness",
        record_mode="none",
        match_on=("method", "harness_uri"),
        decode_compressed_response=True,
    )
    player.register_serializer("harness", cassette_mod)
    player.register_persister(_LoadedPersister)
    player.register_matcher("harness_uri", scrubber.matcher())
    return player


#: Modules whose requests vcrpy serves (it patches their connections): an attempt made from inside one of
#: them is a request a replay with vcrpy would have answered from the cassette.
_CLIENTS = ("http.client", "urllib3", "requests", "httpx", "httpcore", "aiohttp", "tornado", "botocore")


@dataclass
class ClientLog(GuardLog):
    """A :class:`GuardLog` that also notes whether an attempt came from an HTTP client vcrpy patches."""

    via_client: bool = False

    def add(self, attempt: Attempt) -> None:
        super().add(attempt)
        if not self.via_client:
            frame = sys._getframe(1)
            while frame is not None and not self.via_client:
                name = frame.f_globals.get("__name__") or ""
                self.via_client = name.split(".")[0] in _CLIENTS or name.startswith(_CLIENTS)
                frame = frame.f_back  # type: ignore[assignment]


@dataclass
class ReplaySession:
    """What happened during one page's replay: requests the cassette could not answer, network attempts
    the guard refused (shown scrubbed, as everything the harness prints)."""

    cassette: Cassette
    scrubber: Scrubber
    misses: list[ReplayMiss] = field(default_factory=list)
    network: ClientLog = field(default_factory=ClientLog)

    def observe(self, request: Any) -> Any:
        recorded = list(cassette_mod.iter_uris(self.cassette))
        if not any(self.scrubber.same_uri(request.uri, uri) for uri in recorded):
            miss = ReplayMiss(self.cassette.path, request.method, self.scrubber.uri(request.uri))
            if all(m.url != miss.url for m in self.misses):
                self.misses.append(miss)
        return request

    def findings(self) -> list[Finding]:
        """One ``replay.miss`` per unrecorded URL and one ``replay.network`` per blocked attempt."""
        out = [Finding("replay.miss", "error", "$", str(m), excerpt=m.url) for m in self.misses]
        for attempt in self.network.attempts:
            out.append(Finding("replay.network", "error", "$", attempt.message(), excerpt=attempt.target))
        if self.network.more:
            message = f"{self.network.more} more network attempts blocked during offline replay (not listed)"
            out.append(Finding("replay.network", "error", "$", message))
        return out


@contextmanager
def offline(
    cassette: Cassette, scrubber: Scrubber | None = None, *, player: bool = True
) -> Iterator[ReplaySession]:
    """Replay ``cassette`` to whatever runs inside the block, with the network blocked.

    ``player=False`` leaves vcrpy out: the guard alone, which refuses (and logs in the session) every
    request, recorded or not; for code that makes none it is the same replay, and cheaper.
    """
    scrubber = scrubber or Scrubber()
    session = ReplaySession(cassette, scrubber)
    if not player:
        with guarded(session.network):
            yield session
        return
    from vcr.errors import CannotOverwriteExistingCassetteException

    _playing[str(cassette.path)] = cassette
    try:
        with (
            _vcr(scrubber).use_cassette(
                str(cassette.path), before_record_request=session.observe, allow_playback_repeats=True
            ),
            guarded(session.network),
        ):
            yield session
    except CannotOverwriteExistingCassetteException as exc:
        request = exc.failed_request
        raise ReplayMiss(cassette.path, request.method, scrubber.uri(request.uri)) from None
    finally:
        _playing.pop(str(cassette.path), None)
