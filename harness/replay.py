"""Offline replay: serve a page's recorded traffic to an extractor, with the network unreachable.

Two layers guard replay:

* vcrpy, in record mode ``none``, answers every request that requests, httpx, urllib3, urllib or
  http.client make, from the cassette the harness already loaded (no second parse);
* a socket guard refuses every TCP/UDP connection and DNS lookup, so a library vcrpy does not patch
  cannot reach the network either.

A request that is not in the cassette becomes :class:`ReplayMiss`, which names the cassette and the URL,
instead of vcrpy's ``CannotOverwriteExistingCassetteException``. Misses are also noticed when the extractor
swallows the exception itself.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from harness.capture import cassette as cassette_mod
from harness.capture.cassette import Cassette
from harness.capture.scrub import Scrubber


class NetworkBlocked(ConnectionError):
    """A connection or DNS lookup was attempted during offline replay."""


class ReplayMiss(LookupError):
    """The extractor asked for a URL that the cassette does not hold."""

    def __init__(self, cassette: Path, method: str, url: str) -> None:
        self.cassette, self.method, self.url = cassette, method, url
        super().__init__(
            f"{method} {url} is not recorded in cassette {cassette}; replay is offline, so the extractor "
            f"cannot fetch it (re-record the page with 'harness record --force {url}' if it needs it)"
        )


_guard_lock = threading.Lock()
_guard_depth = 0
_originals: dict[str, Any] = {}


def _blocked(what: str) -> Any:
    def deny(*args: Any, **kwargs: Any) -> Any:
        target = args[1] if what.startswith("socket.") and len(args) > 1 else (args[0] if args else "?")
        if what.startswith("socket.") and args and getattr(args[0], "family", None) == socket.AF_UNIX:
            return _originals[what](*args, **kwargs)
        raise NetworkBlocked(f"network access blocked during offline replay ({what} to {target!r})")

    return deny


@contextmanager
def network_blocked() -> Iterator[None]:
    """Refuse every outgoing connection and DNS lookup in this process while the block is active."""
    global _guard_depth
    with _guard_lock:
        if _guard_depth == 0:
            _originals.update(
                {
                    "socket.connect": socket.socket.connect,
                    "socket.connect_ex": socket.socket.connect_ex,
                    "create_connection": socket.create_connection,
                    "getaddrinfo": socket.getaddrinfo,
                }
            )
            socket.socket.connect = _blocked("socket.connect")  # type: ignore[method-assign]
            socket.socket.connect_ex = _blocked("socket.connect_ex")  # type: ignore[method-assign]
            socket.create_connection = _blocked("create_connection")
            socket.getaddrinfo = _blocked("getaddrinfo")
        _guard_depth += 1
    try:
        yield
    finally:
        with _guard_lock:
            _guard_depth -= 1
            if _guard_depth == 0:
                socket.socket.connect = _originals["socket.connect"]  # type: ignore[method-assign]
                socket.socket.connect_ex = _originals["socket.connect_ex"]  # type: ignore[method-assign]
                socket.create_connection = _originals["create_connection"]
                socket.getaddrinfo = _originals["getaddrinfo"]


class _LoadedPersister:
    """vcrpy persister that hands over the cassette :mod:`capture.cassette` already parsed; never writes."""

    @classmethod
    def load_cassette(cls, cassette_path: str, serializer: Any) -> tuple[list[Any], list[Any]]:
        from vcr.request import Request

        loaded = cassette_mod.load(Path(cassette_path))
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


@dataclass
class ReplaySession:
    """What happened during one page's replay: requests the cassette could not answer."""

    cassette: Cassette
    scrubber: Scrubber
    misses: list[ReplayMiss] = field(default_factory=list)

    def observe(self, request: Any) -> Any:
        recorded = list(cassette_mod.iter_uris(self.cassette))
        if not any(self.scrubber.same_uri(request.uri, uri) for uri in recorded):
            miss = ReplayMiss(self.cassette.path, request.method, request.uri)
            if all(m.url != miss.url for m in self.misses):
                self.misses.append(miss)
        return request


@contextmanager
def offline(cassette: Cassette, scrubber: Scrubber | None = None) -> Iterator[ReplaySession]:
    """Replay ``cassette`` to whatever runs inside the block, with the network blocked."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    scrubber = scrubber or Scrubber()
    session = ReplaySession(cassette, scrubber)
    try:
        with (
            network_blocked(),
            _vcr(scrubber).use_cassette(
                str(cassette.path), before_record_request=session.observe, allow_playback_repeats=True
            ),
        ):
            yield session
    except CannotOverwriteExistingCassetteException as exc:
        request = exc.failed_request
        raise ReplayMiss(cassette.path, request.method, request.uri) from None
