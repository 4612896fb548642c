"""The network guard under replay: while it is on, no byte leaves the process through Python.

It sits below every library, on CPython's audit hooks (PEP 578): the interpreter raises an audit event
before each socket connect, UDP send, DNS lookup, fork, exec or subprocess, in C code too (a bare
``_socket.socket().connect`` raises ``socket.connect`` like ``socket.socket`` does). One hook is installed
when this module is first imported; hooks cannot be removed, so it is gated by a process-wide flag that
:func:`guarded` sets. Outside a guarded block the hook returns at once, after one global lookup.

While guarded, these are refused with :class:`NetworkBlocked` (a ``ConnectionError``), and each attempt
is written to the active :class:`GuardLog`, so it becomes a ``replay.network`` finding even when the code
that tried catches the error:

* ``socket.connect`` / ``connect_ex`` of any family, unix sockets included (a unix socket reaches other
  processes: nscd, D-Bus, a container daemon; the harness opens none during replay; ``socketpair`` is not
  a connect and keeps working), ``socket.sendto``, ``socket.sendmsg``, and ``socket.bind`` to a fixed port
  (a server socket; port 0, as libraries use to probe IPv6 support, is allowed);
* DNS and friends: ``getaddrinfo``, ``gethostbyname(_ex)``, ``gethostbyaddr``, ``getnameinfo``;
* new processes: ``subprocess.Popen``, ``os.system``, ``os.exec*``, ``os.posix_spawn*``, ``os.fork``,
  ``os.forkpty`` (so a forked child cannot carry on outside the guard), and
  ``_posixsubprocess.fork_exec``, which has no audit event in CPython 3.11 and is wrapped instead;
* ``ctypes`` lookups of the C library's socket, DNS and process functions (``connect``, ``sendto``,
  ``getaddrinfo``, ``fork``, ``system``...).

The flag is process-wide, not per thread: a thread the guarded code starts is guarded too, and one that is
still alive when the block ends stays guarded for the rest of its life. Pages replayed in worker processes
are guarded in the worker, where :func:`guarded` runs (the hook is inherited across ``fork``).

Limits, stated plainly: native extensions that call the C library themselves, ``ctypes`` function pointers
fetched before the guard was on, sockets connected before it (``send`` has no audit event), and threads
started with the bare ``_thread`` module that outlive the block are beyond what Python can see.
"""

from __future__ import annotations

import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from harness.capture.scrub import scrub_text

MAX_ATTEMPTS = 20  # per log: a loop of blocked connects must not make thousands of findings
_TARGET_CHARS = 200

_CTYPES_NAMES = frozenset(
    {
        "connect", "sendto", "sendmsg", "sendmmsg", "socket", "getaddrinfo", "gethostbyname",
        "gethostbyname2", "gethostbyname_r", "gethostbyaddr", "getnameinfo", "res_query", "res_search",
        "res_send", "res_nquery", "res_nsearch", "res_nsend", "fork", "vfork", "clone", "clone3", "execv",
        "execve", "execvp", "execvpe", "execl", "execle", "execlp", "fexecve", "system", "popen",
        "posix_spawn", "posix_spawnp", "syscall",
    }
)


class NetworkBlocked(ConnectionError):
    """A connection, DNS lookup, UDP send or new process was attempted while the guard was on."""


@dataclass(frozen=True, slots=True)
class Attempt:
    """One refused attempt: the audit event and what it was aimed at (clipped, secrets scrubbed)."""

    event: str
    target: str

    def message(self) -> str:
        return f"network access blocked during offline replay ({self.event} to {self.target})"


@dataclass
class GuardLog:
    """The attempts refused while one guarded block was active (the first :data:`MAX_ATTEMPTS` distinct)."""

    attempts: list[Attempt] = field(default_factory=list)
    more: int = 0

    def add(self, attempt: Attempt) -> None:
        if attempt in self.attempts:
            return
        if len(self.attempts) < MAX_ATTEMPTS:
            self.attempts.append(attempt)
        else:
            self.more += 1


_active: tuple[GuardLog, ...] = ()  # replaced whole (never mutated), so the hook reads it without a lock
# threads started inside a guarded block that outlived it: ident -> (the thread, the log of that block)
_lingering: dict[int, tuple[weakref.ref[threading.Thread], GuardLog]] = {}
_lock = threading.Lock()


def _clip(value: Any) -> str:
    text = scrub_text(repr(value))
    return text if len(text) <= _TARGET_CHARS else text[: _TARGET_CHARS - 1] + "…"


def _address(args: tuple[Any, ...]) -> str | None:
    return _clip(args[1]) if len(args) > 1 else "?"


def _bind(args: tuple[Any, ...]) -> str | None:
    address = args[1] if len(args) > 1 else None
    if isinstance(address, tuple) and len(address) >= 2 and address[1] == 0:
        return None  # an ephemeral port: a probe, not a server
    if isinstance(address, str | bytes):  # AF_UNIX path: creates a file, sends nothing
        return None
    return _clip(address)


def _first(args: tuple[Any, ...]) -> str | None:
    return _clip(args[0]) if args else "?"


def _argv(args: tuple[Any, ...]) -> str | None:
    # subprocess.Popen: (executable, args, cwd, env); os.exec / os.posix_spawn: (path, args, env)
    return _clip(args[1] if len(args) > 1 and args[1] else args[0] if args else "?")


def _nothing(args: tuple[Any, ...]) -> str | None:
    return "a new process"


def _ctypes_symbol(args: tuple[Any, ...]) -> str | None:
    name = args[1] if len(args) > 1 else None
    return f"ctypes symbol {name!r}" if isinstance(name, str) and name in _CTYPES_NAMES else None


_EVENTS: dict[str, Callable[[tuple[Any, ...]], str | None]] = {
    "socket.connect": _address,
    "socket.sendto": _address,
    "socket.sendmsg": _address,
    "socket.bind": _bind,
    "socket.getaddrinfo": _first,
    "socket.gethostbyname": _first,
    "socket.gethostbyaddr": _first,
    "socket.getnameinfo": _first,
    "subprocess.Popen": _argv,
    "os.system": _first,
    "os.exec": _argv,
    "os.posix_spawn": _argv,
    "os.fork": _nothing,
    "os.forkpty": _nothing,
    "os.startfile": _first,
    "ctypes.dlsym": _ctypes_symbol,
    "_posixsubprocess.fork_exec": _argv,  # raised by our own wrapper below
}


def _log_for_this_thread() -> GuardLog | None:
    active = _active
    if active:
        return active[-1]
    entry = _lingering.get(threading.get_ident())
    if entry is None:
        return None
    thread = entry[0]()  # an ident can be reused once its thread is gone: check it is the same thread
    return entry[1] if thread is not None and thread is threading.current_thread() else None


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _active and not _lingering:
        return
    describe = _EVENTS.get(event)
    if describe is None:
        return
    log = _log_for_this_thread()
    if log is None:
        return
    target = describe(args)
    if target is None:
        return
    attempt = Attempt(event, target)
    log.add(attempt)
    raise NetworkBlocked(attempt.message())


def _wrap_fork_exec() -> None:
    """``_posixsubprocess.fork_exec`` starts a process without any audit event (CPython 3.11): wrap it."""
    try:
        import _posixsubprocess
    except ImportError:  # not POSIX
        return
    original = _posixsubprocess.fork_exec
    if getattr(original, "__harness_guarded__", False):
        return

    def fork_exec(*args: Any, **kwargs: Any) -> Any:
        if _active or _lingering:
            _hook("_posixsubprocess.fork_exec", (args[0] if args else "?",))
        return original(*args, **kwargs)

    fork_exec.__harness_guarded__ = True  # type: ignore[attr-defined]
    _posixsubprocess.fork_exec = fork_exec


def _install() -> None:
    if getattr(sys, "_harness_guard_installed", False):  # one hook per process, even if reimported
        return
    sys.addaudithook(_hook)
    _wrap_fork_exec()
    sys._harness_guard_installed = True  # type: ignore[attr-defined]


_install()


def _track_lingering(started: set[threading.Thread], log: GuardLog) -> None:
    for ident, (ref, _log) in list(_lingering.items()):
        thread = ref()
        if thread is None or not thread.is_alive():
            del _lingering[ident]
    for thread in started:
        if thread.is_alive() and thread.ident is not None:
            _lingering[thread.ident] = (weakref.ref(thread), log)


@contextmanager
def guarded(log: GuardLog | None = None) -> Iterator[GuardLog]:
    """Refuse network access and new processes in this whole process while the block runs.

    Attempts are written to ``log`` (a new one if ``None``), which the block yields. Blocks nest; the
    innermost log gets the attempts. Threads started inside the block that outlive it stay guarded.
    """
    global _active
    log = GuardLog() if log is None else log
    before = set(threading.enumerate())
    with _lock:
        _active = (*_active, log)
    try:
        yield log
    finally:
        with _lock:
            _track_lingering(set(threading.enumerate()) - before, log)
            rest = list(_active)
            rest.remove(log)
            _active = tuple(rest)


def network_blocked() -> Any:
    """:func:`guarded` without a log of one's own (drift's live extraction)."""
    return guarded()


def active() -> bool:
    """True while a guarded block runs in this process."""
    return bool(_active)
