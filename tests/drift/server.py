"""A real local HTTP server for the drift tests: routes, delays, scripted failures, and a connection gauge.

It listens on 127.0.0.1 only, serves each connection in its own thread and shuts itself down after
``max_seconds`` even if a test forgets to stop it. Nothing here synchronises on time: a route that must
see requests overlap (``until_peak``) holds them until the gauge has seen that many at once, and a delayed
answer ends as soon as the server stops.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0
    fail_first: int = 0  # answer 503 to the first N requests, then normally
    # hold each request until the gauge (the shared one if any) has seen this many at once (0: never);
    # bounded by HOLD_BOUND so a limiter that never lets them overlap fails the test instead of hanging
    until_peak: int = 0


HOLD_BOUND = 60.0


class Gauge:
    """Counts requests being handled right now (across every server sharing it) and remembers the peak."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.active = 0
        self.peak = 0

    def __enter__(self) -> Gauge:
        with self._changed:
            self.active += 1
            self.peak = max(self.peak, self.active)
            self._changed.notify_all()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._changed:
            self.active -= 1

    def wait_peak(self, peak: int, bound: float = HOLD_BOUND) -> bool:
        """Block until ``peak`` requests have been in flight at once (or ``bound`` seconds passed)."""
        with self._changed:
            return self._changed.wait_for(lambda: self.peak >= peak, timeout=bound)


class LocalServer:
    def __init__(
        self,
        routes: dict[str, Route] | None = None,
        *,
        gauge: Gauge | None = None,
        max_seconds: float = 180.0,
    ) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.gauge = Gauge()
        self.shared = gauge
        self.hits: Counter[str] = Counter()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.user_agents: list[str] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._timer = threading.Timer(max_seconds, self.stop)
        self._timer.daemon = True
        self._stopped = False
        self._stopping = threading.Event()  # ends delayed answers early

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> LocalServer:
        self._thread.start()
        self._timer.start()
        return self

    def stop(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._stopping.set()
        self._timer.cancel()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return None

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                with server._lock:
                    server.hits[path] += 1
                    server.times[path].append(time.monotonic())
                    server.user_agents.append(self.headers.get("User-Agent", ""))
                    count = server.hits[path]
                route = server.routes.get(path, Route(b"not found", 404, {"Content-Type": "text/plain"}))
                # the gauge counts a request until just before its answer is sent: a client cannot have
                # read the answer (and started its next request) while the request still counts
                gauge = server.shared or server.gauge
                with server.gauge, server.shared or Gauge():
                    if route.until_peak:
                        gauge.wait_peak(route.until_peak)
                    if route.delay:
                        server._stopping.wait(route.delay)
                    status, body = route.status, route.body
                    if count <= route.fail_first:
                        status, body = 503, b"busy"
                try:
                    self.send_response(status)
                    for key, value in route.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (timeout test)

        return Handler


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
