"""Shared fixtures: where the shared corpus is, a local HTTP server, cassettes built by hand."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpcore  # noqa: F401  (see below)
import httpx  # noqa: F401
import pytest

pytest_plugins = ["pytester"]

# pytester's in-process runs unload every module first imported inside them. httpx maps httpcore's
# exceptions to its own through classes it looked up once, so an httpcore imported again after such a run
# raises exceptions httpx no longer maps (a read timeout escaping as httpcore's, not httpx's). Both are
# imported here, before any run, so they stay loaded once.

REPO = Path(__file__).resolve().parent.parent

# parsed cassettes kept between runs (harness.capture.parsed) go to a folder of this session, never to the
# user's own cache; the child processes the tests start inherit it. One folder a process: a nested
# in-process run may import this module again, and its own folder took the variable over, was removed when
# the nested run ended and was made again by the outer run's next cassette, never to be removed (each run
# leaked a whole cache, about 130 MB, until session 33). The first import owns the folder and removes it
# when the session ends, or else when its process exits.
_OWNER = f"HARNESS_TEST_CACHE_{os.getpid()}"
_FIRST = _OWNER not in os.environ
_CACHE = os.environ.get(_OWNER) or tempfile.mkdtemp(prefix="harness-test-cache-")
os.environ[_OWNER] = _CACHE
os.environ["HARNESS_CACHE_DIR"] = _CACHE
_PID = os.getpid()


def _remove_cache() -> None:
    if _FIRST and os.getpid() == _PID:  # not a nested import's, nor a forked child's that exits normally
        shutil.rmtree(_CACHE, ignore_errors=True)


atexit.register(_remove_cache)


def pytest_unconfigure(config: pytest.Config) -> None:
    _remove_cache()


def corpus_path() -> Path:
    return Path(os.environ.get("HARNESS_CORPUS") or REPO.parent / "shared" / "corpus").resolve()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared real-page corpus, read where it lies; tests that need it skip when it is absent."""
    path = corpus_path()
    if not (path / "manifest.json").is_file():
        pytest.skip(f"shared corpus not found at {path}; set HARNESS_CORPUS to its folder")
    return path


@dataclass
class LocalServer:
    """A real HTTP server on 127.0.0.1 that serves ``routes`` and counts every request it gets."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    port: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    state = LocalServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits.append(self.path)
            status, headers, body = state.routes.get(self.path, (404, {}, b"not found"))
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
