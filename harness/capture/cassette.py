"""Cassettes on disk: vcrpy's format, written readable and byte-exact, loaded once.

Layout under the cassette root::

    <site>/<slug>.yaml            vcrpy cassette (interactions + a ``harness`` metadata block)
    <site>/<slug>.truth.json      ground truth kept by ``harness import`` (optional)
    <site>/<slug>.approved.json   approved output (optional, see :mod:`harness.regression.approve`)

The serializer registered with vcrpy as ``harness`` differs from vcrpy's own YAML serializer only in
how it writes response bodies, to keep them readable and diffable in git:

* UTF-8 text is a YAML literal block (``|``) when YAML allows it;
* otherwise (tabs, trailing spaces, CRLF line ends, emoji) a literal block written by the harness itself,
  with the line ends restored from ``newline`` or ``crlf`` (see :mod:`harness.capture.textblock`);
* text that no literal block can hold (a lone CR, control characters) is a list of ``lines`` plus the
  ``newline`` that joins them;
* text in another charset (windows-1251, Shift_JIS...) is stored decoded, with its ``charset``;
* only bytes that no charset round-trips stay ``!!binary``.

Every transformation is checked to round-trip to the identical bytes before it is used. It always uses
libyaml's C loader and dumper when PyYAML has them (about 40x faster on large pages).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import os
import re
import threading
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import yaml

from harness.capture import shape, textblock
from harness.capture.safeyaml import LIBYAML, safe_load
from harness.fsutil import atomic_write_text
from harness.page import RecordedResponse, sniff_charset

SUFFIX = ".yaml"
TRUTH_SUFFIX = ".truth.json"
APPROVED_SUFFIX = ".approved.json"
FORMAT_VERSION = 1

_BaseDumper: type[Any] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


MB = 1024 * 1024
DEFAULT_MAX_BODY = 64 * MB  # decoded bytes of one response body; ``max_body_mb`` in [tool.harness]
FILE_FACTOR = 4  # a cassette file may be this many times the body limit (several bodies, YAML overhead)


class CassetteError(ValueError):
    """A cassette file that cannot be read as a harness cassette; the message names the file."""

    check = "cassette.unreadable"


class CassetteTooLarge(CassetteError):
    """A cassette (or one body in it) over the configured size limit."""

    check = "cassette.too_large"


class _Dumper(_BaseDumper):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        return True  # never write anchors and aliases: the loader refuses them


def _represent_str(dumper: Any, text: str) -> Any:
    # long one-line pages read better as a block too; libyaml falls back to quotes when a block is impossible
    style = "|" if "\n" in text or len(text) > 200 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_str)


# What libyaml's emitter accepts in a literal block: LF, printable ASCII, and the BMP from U+00A0 up,
# except surrogates, U+FEFF and the line/paragraph separators. Anything else (tabs, CR, C0/C1 controls,
# astral characters such as emoji) makes libyaml fall back to one giant double-quoted string.
_NOT_IN_BLOCK = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
_TRAILING_SPACE = re.compile(" (?:\n|$)")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _block_safe(text: str) -> bool:
    """True when libyaml writes ``text`` as a literal block: see ``_NOT_IN_BLOCK``; no trailing spaces."""
    return _NOT_IN_BLOCK.search(text) is None and _TRAILING_SPACE.search(text) is None


def encode_body(data: bytes, content_type: str | None) -> dict[str, Any]:
    """The readable form of a body (see module doc); ``decode_body`` gives back exactly ``data``."""
    text: str | None = None
    charset: str | None = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        enc, _how = sniff_charset(data, content_type)
        try:
            candidate = data.decode(enc)
            if candidate.encode(enc) == data:
                text, charset = candidate, enc
        except (UnicodeDecodeError, UnicodeEncodeError, LookupError):
            text = None
    if text is None or _SURROGATE.search(text):
        return {"string": data}
    out: dict[str, Any] = _text_form(text)
    if charset:
        out["charset"] = charset
    if decode_body(out) != data:  # belt and braces: never store a lossy form
        return {"string": data}
    return out


def _text_form(text: str) -> dict[str, Any]:
    """libyaml's own literal block; else a hand-made one (:mod:`.textblock`); else a list of lines."""
    if _block_safe(text) or len(text) == 0:
        return {"string": text}
    split = textblock.split_line_ends(text)
    if split is not None and _parses_back(split[0]):
        return {"string": textblock.Block(split[0]), **split[1]}
    newline = "\r\n" if "\r\n" in text and text.count("\r\n") == text.count("\n") else "\n"
    out: dict[str, Any] = {"lines": text.split(newline)}
    if newline != "\n":
        out["newline"] = newline
    return out


def _parses_back(text: str) -> bool:
    """The hand-made block reads back as ``text`` (checked with the loader that will read it)."""
    try:
        loaded = safe_load("body:\n  string: " + textblock.render(text, 2) + "\n")
    except yaml.YAMLError:
        return False
    return isinstance(loaded, dict) and loaded.get("body", {}).get("string") == text


def decode_body(body: Mapping[str, Any] | None) -> bytes:
    if not body:
        return b""
    charset = body.get("charset") or "utf-8"
    if "lines" in body:
        text = str(body.get("newline", "\n")).join(body["lines"])
        return text.encode(charset)
    value = body.get("string")
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    text = str(value)
    if "newline" in body or "crlf" in body:
        text = textblock.join_line_ends(text, body)
    return text.encode(charset)


def _header_value(headers: Mapping[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            if isinstance(value, list):
                return str(value[0]) if value else None
            return str(value)
    return None


# --------------------------------------------------------------------------- vcrpy serializer


def serialize(cassette_dict: dict[str, Any]) -> str:
    """vcrpy serializer entry point: bodies in readable form, then YAML."""
    data = copy.deepcopy(cassette_dict)
    blocks = textblock.Placeholders()
    for interaction in data.get("interactions", []):
        response = interaction.get("response", {})
        body = response.get("body") or {}
        raw = body.get("string")
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        if isinstance(raw, bytes):
            response["body"] = encode_body(raw, _header_value(response.get("headers", {}), "content-type"))
            if isinstance(response["body"].get("string"), textblock.Block):
                response["body"]["string"] = blocks.take(response["body"]["string"])
        request = interaction.get("request", {})
        if isinstance(request.get("body"), bytes):
            with contextlib.suppress(UnicodeDecodeError):
                request["body"] = request["body"].decode("utf-8")
    data.setdefault("version", FORMAT_VERSION)
    text = str(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096))
    return blocks.fill(text)


def deserialize(cassette_string: str | bytes, max_body: int = DEFAULT_MAX_BODY) -> dict[str, Any]:
    """vcrpy serializer entry point: YAML (safe, no aliases), then bodies back to exact bytes. A file's
    bytes go to libyaml as they are (UTF-8, checked by libyaml's reader): decoding them to text first only
    for libyaml to encode that text again cost a quarter of a cassette's load time."""
    try:
        data = safe_load(cassette_string)
    except yaml.YAMLError as exc:
        raise CassetteError(f"not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise CassetteError("nested too deeply to be a cassette") from exc
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise CassetteError("not a cassette: expected a mapping with an 'interactions' list")
    try:
        shape.check(data)
    except shape.ShapeError as exc:
        raise CassetteError(str(exc)) from None
    for i, interaction in enumerate(data["interactions"]):
        response = interaction["response"]
        try:
            body = decode_body(response.get("body"))
        except (UnicodeError, LookupError) as exc:
            raise CassetteError(
                f"interactions[{i}].response.body: cannot be encoded back to bytes ({exc})"
            ) from None
        _check_size(i, body, max_body)
        response["body"] = {"string": body}
    return data


def _check_size(i: int, body: bytes, max_body: int) -> None:
    if len(body) > max_body:
        raise CassetteTooLarge(
            f"interactions[{i}].response.body: {len(body) / MB:.1f} MB decoded, over the "
            f"limit of {max_body / MB:g} MB (max_body_mb)"
        )


# --------------------------------------------------------------------------- files


@dataclass(frozen=True, slots=True)
class CassetteRef:
    """A cassette file and its sidecars, identified by its path below ``root`` without ``.yaml``.

    In the usual layout that id reads ``site/slug``; cassettes may sit deeper
    (``<source>/<site>/<slug>.yaml``, as importing several crawl folders makes), and then the id keeps every
    folder so that two sources never share one. ``site`` here is the cassette's folder; the page's own site
    comes from its URL when it is replayed.
    """

    path: Path
    root: Path

    @property
    def site(self) -> str:
        return self.path.parent.name

    @property
    def slug(self) -> str:
        return self.path.name[: -len(SUFFIX)]

    @property
    def id(self) -> str:
        try:
            rel = self.path.relative_to(self.root).as_posix()
        except ValueError:
            rel = f"{self.site}/{self.path.name}"
        return rel[: -len(SUFFIX)] if rel.endswith(SUFFIX) else rel

    @property
    def truth_path(self) -> Path:
        return self.path.with_name(self.slug + TRUTH_SUFFIX)

    @property
    def approved_path(self) -> Path:
        return self.path.with_name(self.slug + APPROVED_SUFFIX)

    def display(self) -> str:
        try:
            return str(self.path.relative_to(Path.cwd()))
        except ValueError:
            return str(self.path)


#: what ``harness import`` writes beside the cassettes about the files it refused (see :mod:`.importer`)
REFUSALS_NAME = "import-refusals.json"


@dataclass(frozen=True, slots=True)
class Scan:
    """What :func:`scan` found: the cassettes, and what it left out (hidden paths), with the reason."""

    refs: list[CassetteRef]
    hidden: list[Path]
    refusals: Path | None


def _walk(root: Path) -> tuple[list[Path], list[Path]]:
    """Every ``*.yaml`` below ``root`` at any depth (links to folders not followed), and hidden entries."""
    found: list[Path] = []
    hidden: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=None, followlinks=False):
        base = Path(folder)
        hidden.extend(base / d for d in dirs if d.startswith("."))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.endswith(SUFFIX):
                continue
            (hidden if name.startswith(".") else found).append(base / name)
        # a folder named like a cassette is an input too: it becomes cassette.unreadable, not silence
        found.extend(base / d for d in dirs if d.endswith(SUFFIX))
    return found, hidden


def scan(root: Path) -> Scan:
    """All cassettes under ``root`` at any depth, sorted by id, and the hidden paths skipped.

    ``root`` is a cassette folder, a folder of cassette folders, one site's folder, or one cassette file.
    Dangling symlinks and unreadable files named ``*.yaml`` are kept: replaying them gives
    ``cassette.unreadable``. Files and folders whose name starts with ``.`` are skipped and listed.
    """
    if root.is_file() or (root.is_symlink() and not root.exists()):
        return Scan([CassetteRef(root, root.parent.parent)], [], None)
    if not root.is_dir():
        return Scan([], [], None)
    found, hidden = _walk(root)
    refs = [CassetteRef(p, root.parent if p.parent == root else root) for p in found]
    refusals = root / REFUSALS_NAME
    return Scan(sorted(refs, key=lambda r: r.id), sorted(hidden), refusals if refusals.is_file() else None)


def discover(root: Path) -> list[CassetteRef]:
    """All cassettes under ``root``, sorted by id (see :func:`scan`)."""
    return scan(root).refs


@dataclass(frozen=True, slots=True)
class Cassette:
    """A loaded cassette: its vcrpy dict (bodies as bytes) and the harness metadata block."""

    path: Path
    data: Mapping[str, Any]

    @property
    def meta(self) -> Mapping[str, Any]:
        meta = self.data.get("harness")
        return meta if isinstance(meta, Mapping) else {}

    @property
    def interactions(self) -> list[Mapping[str, Any]]:
        return list(self.data.get("interactions", []))

    def primary_response(self) -> RecordedResponse:
        """The page's response: the one for ``harness.url``, following recorded redirects."""
        interactions = self.interactions
        if not interactions:
            raise CassetteError(f"{self.path}: cassette holds no interactions")
        by_uri = {str(i["request"]["uri"]): i for i in interactions if i.get("request")}
        start = str(self.meta.get("url") or interactions[0]["request"]["uri"])
        uri, seen = start, set()
        interaction = by_uri.get(uri, interactions[0])
        while True:
            seen.add(uri)
            response = interaction["response"]
            status = int(response.get("status", {}).get("code", 0))
            location = _header_value(response.get("headers", {}), "location")
            if 300 <= status < 400 and location:
                nxt = urljoin(uri, location)
                if nxt in by_uri and nxt not in seen:
                    uri, interaction = nxt, by_uri[nxt]
                    continue
            break
        headers = {
            k: (", ".join(map(str, v)) if isinstance(v, list) else str(v))
            for k, v in response.get("headers", {}).items()
        }
        body = response.get("body", {}).get("string", b"")
        return RecordedResponse(
            url=uri,
            status=status,
            headers=headers,
            body=body if isinstance(body, bytes) else str(body).encode("utf-8"),
            requested_url=start,
            captured_at=str(self.meta["recorded_at"]) if self.meta.get("recorded_at") is not None else None,
            request_meta=_mapping(self.meta.get("request_meta")),
        )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


_cache_lock = threading.Lock()
_cache: dict[tuple[str, int, int, int], Cassette] = {}


class SlowYamlWarning(UserWarning):
    """PyYAML was built without libyaml, so cassettes load with the pure-Python parser."""


@functools.cache
def _warn_if_slow() -> None:
    if not LIBYAML:
        warnings.warn(
            "PyYAML has no libyaml here: cassettes load about 40x slower (reinstall PyYAML from a wheel, or "
            "install libyaml-dev and rebuild it)",
            SlowYamlWarning,
            stacklevel=3,
        )


def _parsed(raw: bytes, max_body: int) -> dict[str, Any]:
    """:func:`deserialize`, or what it gave for the same bytes in an earlier run (:mod:`.parsed`)."""
    from harness.capture import parsed

    digest = parsed.key(raw)
    data = parsed.get(digest)
    if data is None:
        data = deserialize(raw, max_body)
        parsed.put(digest, data)
        return data
    for i, interaction in enumerate(data["interactions"]):  # kept under a larger limit than this run's?
        _check_size(i, interaction["response"]["body"]["string"], max_body)
    return data


def load(path: Path, *, max_body: int | None = None, cache: bool = True) -> Cassette:
    """Load (and cache, keyed by path, size, mtime and limit) one cassette.

    ``cache=False`` neither reads nor fills the cache: a run's replay loads each page once, and a worker
    that kept the last 64 parsed cassettes would hold tens of MB for nothing.

    ``max_body`` caps each decoded response body (default :data:`DEFAULT_MAX_BODY`); the file itself may be
    :data:`FILE_FACTOR` times that. Over either, :class:`CassetteTooLarge`, before the file is read.
    """
    _warn_if_slow()
    max_body = DEFAULT_MAX_BODY if max_body is None else max_body
    try:
        stat = path.stat()
    except OSError as exc:
        raise CassetteError(f"{path}: cannot read cassette ({exc.strerror})") from exc
    if stat.st_size > FILE_FACTOR * max_body:
        limit = FILE_FACTOR * max_body / MB
        raise CassetteTooLarge(
            f"{path}: the file is {stat.st_size / MB:.1f} MB, over the limit of {limit:g} MB "
            f"({FILE_FACTOR} x max_body_mb)"
        )
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, max_body)
    with _cache_lock:
        hit = _cache.get(key) if cache else None
    if hit is not None:
        return hit
    try:
        raw = path.read_bytes()
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # libyaml would read UTF-16
            raise CassetteError("the file is UTF-16; cassettes are UTF-8")
        data = _parsed(raw, max_body)
    except CassetteError as exc:
        raise type(exc)(f"{path}: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise CassetteError(f"{path}: {exc}") from exc
    except OSError as exc:
        raise CassetteError(f"{path}: cannot read cassette ({exc.strerror or exc})") from exc
    except RecursionError:
        raise CassetteError(f"{path}: nested too deeply to read") from None
    cassette = Cassette(path, data)
    if not cache:
        return cassette
    with _cache_lock:
        if len(_cache) > 64:
            _cache.clear()
        _cache[key] = cassette
    return cassette


def write(path: Path, interactions: list[Mapping[str, Any]], meta: Mapping[str, Any]) -> None:
    """Write a cassette atomically; ``interactions`` use vcrpy's dict form with ``bytes`` bodies."""
    data = {"harness": dict(meta), "interactions": list(interactions), "version": FORMAT_VERSION}
    atomic_write_text(path, serialize(data))


def interaction(
    url: str,
    body: bytes,
    *,
    status: int = 200,
    reason: str = "OK",
    headers: Mapping[str, list[str]] | None = None,
    method: str = "GET",
) -> dict[str, Any]:
    """One vcrpy interaction dict, for cassettes built without a recording (``harness import``)."""
    return {
        "request": {"body": None, "headers": {}, "method": method, "uri": url},
        "response": {
            "status": {"code": status, "message": reason},
            "headers": dict(headers or {}),
            "body": {"string": body},
        },
    }


def iter_uris(cassette: Cassette) -> Iterator[str]:
    for i in cassette.interactions:
        yield str(i["request"]["uri"])
