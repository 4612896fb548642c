"""The guard below the libraries: during replay nothing reaches a real server, whatever route is tried.

Each test replays a page whose extractor tries one route to a real counting server on 127.0.0.1 (or a
unix socket), then proves that nothing arrived (:meth:`netcount.Counter.settle`) and that the attempt is
a ``replay.network`` finding of that page, even when the extractor swallows the error.
"""

from __future__ import annotations

import _socket
import contextlib
import ctypes
import multiprocessing.util
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from harness import guard, runner
from harness.capture import cassette
from harness.config import HarnessConfig
from harness.extractors.base import FunctionExtractor
from harness.model import PageResult
from harness.page import Page
from harness.replay import NetworkBlocked, offline
from spine.helpers import article_html, make_cassette
from spine.netcount import Counter, tcp_counter, udp_counter, unix_counter

API = "https://harbor.example/api/story.json"


def _target(page: Page) -> tuple[str, int]:
    """The counting server's address, written into the page body by :func:`_page`."""
    m = re.search(r'id="target">([\d.]+):(\d+)<', page.text)
    assert m, "test page has no target"
    return m.group(1), int(m.group(2))


def _page(root: Path, address: tuple[str, int] | str, slug: str = "bridge") -> Path:
    where = f"{address[0]}:{address[1]}" if isinstance(address, tuple) else address
    body = article_html("Bridge").replace(b"</article>", f'<p id="target">{where}</p></article>'.encode())
    return make_cassette(root, "harbor.example", slug, body, extra=[(API, b'{"title": "From the API"}')])


def _replay(root: Path, address: Any, fn: Callable[[Page], Any]) -> PageResult:
    path = _page(root, address)
    ctx = runner.RunContext(HarnessConfig(root=root), FunctionExtractor("probe", fn, "1")).prepare()
    return runner.replay_page(cassette.discover(path)[0], ctx)


def _network(result: PageResult) -> list[str]:
    return [f.message for f in result.findings if f.check == "replay.network"]


def _swallowing(attempt: Callable[[Page], object]) -> Callable[[Page], dict[str, Any]]:
    """An extractor that tries ``attempt``, swallows whatever it raises, and returns a good record."""

    def extract(page: Page) -> dict[str, Any]:
        with contextlib.suppress(Exception):
            attempt(page)
        return {"title": "Bridge", "body": "The old harbor bridge reopened.", "published": "2025-03-04"}

    return extract


@pytest.fixture
def tcp() -> Iterator[Counter]:
    with tcp_counter() as counter:
        yield counter


@pytest.fixture
def udp() -> Iterator[Counter]:
    with udp_counter() as counter:
        yield counter


def _assert_blocked(result: PageResult, counter: Counter, event: str) -> None:
    messages = _network(result)
    assert any(event in m for m in messages), result.findings
    assert counter.settle() == [], "a byte reached the counting server during replay"


# --------------------------------------------------------------------------- sockets


def test_python_socket_connect_is_blocked_and_swallowing_it_still_leaves_a_finding(
    tmp_path: Path, tcp: Counter
) -> None:
    def connect(page: Page) -> None:
        with contextlib.suppress(NetworkBlocked):
            socket.create_connection(_target(page), 2)  # resolves the address first: getaddrinfo
        with socket.socket() as s:
            s.connect(_target(page))

    result = _replay(tmp_path, tcp.address, _swallowing(connect))
    assert result.record is not None and result.record["title"] == "Bridge"  # the page still ran
    assert any("socket.getaddrinfo" in m for m in _network(result))
    _assert_blocked(result, tcp, "socket.connect")


def test_c_level_socket_connect_is_blocked(tmp_path: Path, tcp: Counter) -> None:
    def raw(page: Page) -> None:
        s = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
        try:
            s.connect(_target(page))
            s.send(b"leak")
        finally:
            s.close()

    _assert_blocked(_replay(tmp_path, tcp.address, _swallowing(raw)), tcp, "socket.connect")


def test_connect_ex_is_blocked(tmp_path: Path, tcp: Counter) -> None:
    def raw(page: Page) -> None:
        with socket.socket() as s:
            s.connect_ex(_target(page))

    _assert_blocked(_replay(tmp_path, tcp.address, _swallowing(raw)), tcp, "socket.connect")


def test_udp_sendto_and_sendmsg_are_blocked(tmp_path: Path, udp: Counter) -> None:
    def send(page: Page) -> None:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            with contextlib.suppress(NetworkBlocked):
                s.sendto(b"leak", _target(page))
            s.sendmsg([b"leak"], [], 0, _target(page))

    result = _replay(tmp_path, udp.address, _swallowing(send))
    assert any("socket.sendmsg" in m for m in _network(result))
    _assert_blocked(result, udp, "socket.sendto")


def test_dns_query_packet_over_udp_is_blocked(tmp_path: Path, udp: Counter) -> None:
    """A resolver library (dnspython style) sends its query itself: a UDP datagram to a name server."""
    query = struct.pack(">HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0) + b"\x07example\x03org\x00\x00\x01\x00\x01"

    def resolve(page: Page) -> None:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.sendto(query, _target(page))

    _assert_blocked(_replay(tmp_path, udp.address, _swallowing(resolve)), udp, "socket.sendto")


@pytest.mark.parametrize(
    "lookup",
    [
        lambda: socket.gethostbyname("leak.example.org"),
        lambda: socket.gethostbyname_ex("leak.example.org"),
        lambda: socket.getaddrinfo("leak.example.org", 80),
        lambda: socket.gethostbyaddr("192.0.2.1"),
        lambda: socket.getnameinfo(("192.0.2.1", 80), 0),
    ],
    ids=["gethostbyname", "gethostbyname_ex", "getaddrinfo", "gethostbyaddr", "getnameinfo"],
)
def test_system_resolver_is_never_called(tmp_path: Path, lookup: Callable[[], object]) -> None:
    """The audit event comes before the resolver runs: NetworkBlocked, never gaierror or an answer."""
    raised: list[BaseException] = []

    def resolve(page: Page) -> dict[str, Any]:
        try:
            lookup()
        except BaseException as exc:
            raised.append(exc)
        return {"title": "Bridge"}

    result = _replay(tmp_path, "none", resolve)
    assert len(raised) == 1 and isinstance(raised[0], NetworkBlocked), raised
    messages = _network(result)
    assert len(messages) == 1 and ("leak.example.org" in messages[0] or "192.0.2.1" in messages[0]), messages


def test_unix_socket_connect_is_blocked(tmp_path: Path) -> None:
    with unix_counter(tmp_path) as counter:

        def raw(page: Page) -> None:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.connect(str(counter.address))
                s.sendall(b"leak")

        _assert_blocked(_replay(tmp_path, "unix", _swallowing(raw)), counter, "socket.connect")


def test_server_socket_on_a_fixed_port_is_blocked_but_an_ipv6_probe_is_not(tmp_path: Path) -> None:
    with socket.socket() as s:  # find a free port, outside replay
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def serve(page: Page) -> dict[str, Any]:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))  # what urllib3 does to detect IPv6 support
        with socket.socket() as server:
            server.bind(("127.0.0.1", port))
        return {"title": "Bridge"}

    result = _replay(tmp_path, "none", serve)
    assert [m for m in _network(result) if "socket.bind" in m and str(port) in m], result.findings
    assert len(_network(result)) == 1


# --------------------------------------------------------------------------- processes


def _client_code(address: tuple[str, int]) -> str:
    return f"import socket; socket.create_connection({address!r}, 2).sendall(b'leak')"


def test_subprocess_is_blocked(tmp_path: Path, tcp: Counter) -> None:
    def spawn(page: Page) -> None:
        subprocess.run([sys.executable, "-c", _client_code(_target(page))], timeout=20, check=False)

    _assert_blocked(_replay(tmp_path, tcp.address, _swallowing(spawn)), tcp, "subprocess.Popen")


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_through_os_system_is_blocked(tmp_path: Path, tcp: Counter) -> None:
    def curl(page: Page) -> None:
        host, port = _target(page)
        os.system(f"curl -s -m 5 http://{host}:{port}/leak > /dev/null")

    _assert_blocked(_replay(tmp_path, tcp.address, _swallowing(curl)), tcp, "os.system")


def test_fork_is_blocked_so_no_child_escapes_the_guard(tmp_path: Path, tcp: Counter) -> None:
    def fork(page: Page) -> None:
        address = _target(page)
        pid = os.fork()
        if pid == 0:  # only reached if the guard failed: the child tries to leak, then leaves at once
            try:
                socket.create_connection(address, 2).sendall(b"leak")
            finally:
                os._exit(0)
        os.waitpid(pid, 0)

    _assert_blocked(_replay(tmp_path, tcp.address, _swallowing(fork)), tcp, "os.fork")


def test_fork_exec_without_an_audit_event_is_blocked(tmp_path: Path, tcp: Counter) -> None:
    """multiprocessing's spawn start method calls _posixsubprocess.fork_exec directly, with no audit event."""

    def spawn(page: Page) -> None:
        code = _client_code(_target(page)).encode()
        pid = multiprocessing.util.spawnv_passfds(
            os.fsencode(sys.executable), [os.fsencode(sys.executable), b"-c", code], ()
        )
        os.waitpid(pid, 0)

    _assert_blocked(_replay(tmp_path, tcp.address, _swallowing(spawn)), tcp, "fork_exec")


def test_posix_spawn_and_exec_are_blocked(tmp_path: Path, tcp: Counter) -> None:
    raised: list[BaseException] = []

    def spawn(page: Page) -> None:
        argv = [sys.executable, "-c", _client_code(_target(page))]
        with contextlib.suppress(NetworkBlocked):
            os.waitpid(os.posix_spawn(sys.executable, argv, dict(os.environ)), 0)
        try:  # a path that does not exist: if the guard failed, exec must not replace the test process
            os.execv(str(tmp_path / "no-such-program"), argv)
        except OSError as exc:
            raised.append(exc)

    result = _replay(tmp_path, tcp.address, _swallowing(spawn))
    assert len(raised) == 1 and isinstance(raised[0], NetworkBlocked), raised
    assert any("os.exec" in m for m in _network(result))
    _assert_blocked(result, tcp, "os.posix_spawn")


def test_ctypes_libc_connect_is_blocked(tmp_path: Path, tcp: Counter) -> None:
    def native(page: Page) -> None:
        host, port = _target(page)
        libc = ctypes.CDLL(None, use_errno=True)
        addr = struct.pack("=HH4s8x", socket.AF_INET, socket.htons(port), socket.inet_aton(host))
        with socket.socket() as s:
            libc.connect(s.fileno(), addr, len(addr))
            s.sendall(b"leak")

    _assert_blocked(_replay(tmp_path, tcp.address, _swallowing(native)), tcp, "ctypes symbol 'connect'")


# --------------------------------------------------------------------------- threads and workers


def test_a_thread_started_during_replay_stays_guarded_after_the_page(tmp_path: Path, tcp: Counter) -> None:
    go, done = threading.Event(), threading.Event()
    outcome: list[BaseException | None] = []

    def later(address: tuple[str, int]) -> None:
        go.wait(10)
        try:
            socket.create_connection(address, 2).close()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)
        done.set()

    def start_thread(page: Page) -> dict[str, Any]:
        threading.Thread(target=later, args=(_target(page),), daemon=True).start()
        return {"title": "Bridge"}

    _replay(tmp_path, tcp.address, start_thread)
    assert not guard.active()
    go.set()  # the page is over; the thread it left behind now tries to connect
    assert done.wait(10)
    assert isinstance(outcome[0], NetworkBlocked)
    assert tcp.settle() == []


def leaky_extractor(page: Page) -> dict[str, Any]:
    """Used by name from worker processes: connects to the counting server, swallows the refusal."""
    with contextlib.suppress(Exception):
        socket.create_connection(_target(page), 2).sendall(b"leak")
    return {"title": "Bridge", "body": "The old harbor bridge reopened.", "published": "2025-03-04"}


def test_pages_replayed_in_forked_worker_processes_are_guarded(tmp_path: Path, tcp: Counter) -> None:
    for i in range(4):
        _page(tmp_path / "c", tcp.address, slug=f"story-{i}")
    ctx = runner.make_context(HarnessConfig(root=tmp_path), "spine.test_guard:leaky_extractor")
    run = runner.run(ctx, cassette.discover(tmp_path / "c"), source="t", jobs=2)
    assert len(run.pages) == 4
    for page in run.pages:
        assert [f.check for f in page.findings if f.check.startswith("replay")] == ["replay.network"], page
    assert tcp.settle() == []


# --------------------------------------------------------------------------- the guard stays out of the way


def test_vcrpy_playback_works_under_the_guard_and_the_guard_is_off_afterwards(
    tmp_path: Path, tcp: Counter
) -> None:
    loaded = cassette.load(_page(tmp_path, tcp.address))
    with offline(loaded) as session:
        assert guard.active()
        assert httpx.get(API).json() == {"title": "From the API"}
    assert not guard.active() and session.findings() == []
    with socket.create_connection(tcp.address, 2) as s:  # outside replay the network is untouched
        s.sendall(b"fine")
    assert tcp.settle() == [b"fine"]


def test_blocked_targets_are_shown_scrubbed(tmp_path: Path) -> None:
    def spawn(page: Page) -> dict[str, Any]:
        with contextlib.suppress(NetworkBlocked):
            subprocess.run(["curl", "https://api.example/v1?token=TOPSECRET123&q=1"], check=False)
        return {"title": "Bridge"}

    result = _replay(tmp_path, "none", spawn)
    assert _network(result) and all("TOPSECRET123" not in m for m in _network(result))
    assert all("TOPSECRET123" not in (f.excerpt or "") for f in result.findings)
