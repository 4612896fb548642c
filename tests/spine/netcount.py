"""Real servers on 127.0.0.1 (and a unix socket) that count every connection or datagram they get.

A guard test asserts that *nothing* arrived, which a plain counter cannot prove: a packet could still be
in flight. So :meth:`Counter.settle` sends a sentinel of its own from outside the guard and waits until
the server has seen it; TCP accepts and loopback datagrams arrive in order, so anything the code under
test managed to send has been counted by then. No sleeps.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

SETTLE_TIMEOUT = 10.0  # seconds; only reached when the server thread is broken


class Counter:
    """Arrivals in order: peer names for stream servers, payloads for datagram servers."""

    def __init__(self, family: int, kind: int, address: object) -> None:
        self.family, self.kind = family, kind
        self.sock = socket.socket(family, kind)
        if family == socket.AF_INET:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(address)
        if kind == socket.SOCK_STREAM:
            self.sock.listen(16)
        self.address = self.sock.getsockname()
        self.arrivals: list[bytes] = []
        self._changed = threading.Condition()
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                if self.kind == socket.SOCK_STREAM:
                    conn, _peer = self.sock.accept()
                    conn.settimeout(SETTLE_TIMEOUT / 4)  # a silent leaked connection is still counted
                    with conn:
                        data = conn.recv(64)
                else:
                    data, _peer = self.sock.recvfrom(2048)
            except TimeoutError:
                data = b""
            except OSError:
                return
            with self._changed:
                self.arrivals.append(data)
                self._changed.notify_all()

    def settle(self) -> list[bytes]:
        """Send a sentinel from outside any guard, wait for it, and return what arrived before it."""
        token = uuid.uuid4().hex.encode()
        with socket.socket(self.family, self.kind) as probe:
            if self.kind == socket.SOCK_STREAM:
                probe.connect(self.address)
                probe.sendall(token)
            else:
                probe.sendto(token, self.address)
            with self._changed:
                arrived = self._changed.wait_for(lambda: token in self.arrivals, SETTLE_TIMEOUT)
        assert arrived, "the counting server never saw its own sentinel"
        return self.arrivals[: self.arrivals.index(token)]

    def close(self) -> None:
        self._stop = True
        with suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self._thread.join(SETTLE_TIMEOUT)


@contextmanager
def tcp_counter() -> Iterator[Counter]:
    counter = Counter(socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 0))
    try:
        yield counter
    finally:
        counter.close()


@contextmanager
def udp_counter() -> Iterator[Counter]:
    counter = Counter(socket.AF_INET, socket.SOCK_DGRAM, ("127.0.0.1", 0))
    try:
        yield counter
    finally:
        counter.close()


@contextmanager
def unix_counter(folder: Path) -> Iterator[Counter]:
    path = folder / f"c-{os.getpid()}.sock"
    counter = Counter(socket.AF_UNIX, socket.SOCK_STREAM, str(path))
    try:
        yield counter
    finally:
        counter.close()
        path.unlink(missing_ok=True)
