"""Cassettes on disk: vcrpy's format, written readable and byte-exact, loaded once.

Layout under the cassette root::

    <site>/<slug>.yaml            vcrpy cassette (interactions + a ``harness`` metadata block)
    <site>/<slug>.truth.json      ground truth kept by ``harness import`` (optional)
    <site>/<slug>.approved.json   approved output (optional, see :mod:`harness.regression.approve`)

The serializer registered with vcrpy as ``harness`` differs from vcrpy's own YAML serializer only in
how it writes response bodies, to keep them readable and diffable in git:

* UTF-8 text is a YAML literal block (``|``) when YAML allows it;
* otherwise (CRLF line ends, trailing spaces, control characters) it is a list of ``lines`` plus the
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
import re
import threading
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import yaml

from harness.fsutil import atomic_write_text
from harness.page import RecordedResponse, sniff_charset

SUFFIX = ".yaml"
TRUTH_SUFFIX = ".truth.json"
APPROVED_SUFFIX = ".approved.json"
FORMAT_VERSION = 1

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: type[Any] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))


class CassetteError(ValueError):
    """A cassette file that cannot be read as a harness cassette; the message names the file."""


class _Dumper(_BaseDumper):  # type: ignore[misc]
    pass


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
    out: dict[str, Any]
    if _block_safe(text) or len(text) == 0:
        out = {"string": text}
    else:
        newline = "\r\n" if "\r\n" in text and text.count("\r\n") == text.count("\n") else "\n"
        out = {"lines": text.split(newline)}
        if newline != "\n":
            out["newline"] = newline
    if charset:
        out["charset"] = charset
    if decode_body(out) != data:  # belt and braces: never store a lossy form
        return {"string": data}
    return out


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
    return str(value).encode(charset)


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
    for interaction in data.get("interactions", []):
        response = interaction.get("response", {})
        body = response.get("body") or {}
        raw = body.get("string")
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        if isinstance(raw, bytes):
            response["body"] = encode_body(raw, _header_value(response.get("headers", {}), "content-type"))
        request = interaction.get("request", {})
        if isinstance(request.get("body"), bytes):
            with contextlib.suppress(UnicodeDecodeError):
                request["body"] = request["body"].decode("utf-8")
    data.setdefault("version", FORMAT_VERSION)
    return str(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096))


def deserialize(cassette_string: str) -> dict[str, Any]:
    """vcrpy serializer entry point: YAML, then bodies back to exact bytes."""
    try:
        data = yaml.load(cassette_string, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise CassetteError(f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise CassetteError("not a cassette: expected a mapping with an 'interactions' list")
    for interaction in data["interactions"]:
        response = interaction.get("response") or {}
        response["body"] = {"string": decode_body(response.get("body"))}
    return data


# --------------------------------------------------------------------------- files


@dataclass(frozen=True, slots=True)
class CassetteRef:
    """A cassette file and its sidecars, identified as ``site/slug``."""

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
        return f"{self.site}/{self.slug}"

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


def _cassettes_in(folder: Path, pattern: str) -> list[Path]:
    return [p for p in folder.glob(pattern) if p.is_file() and not p.name.startswith(".")]


def discover(root: Path) -> list[CassetteRef]:
    """All cassettes under ``root``, sorted by id.

    ``root`` is a cassette folder (``<site>/<slug>.yaml`` below it), one site's folder, or one cassette file.
    """
    if root.is_file():
        return [CassetteRef(root, root.parent.parent)]
    if not root.is_dir():
        return []
    refs = [CassetteRef(p, root) for p in _cassettes_in(root, f"*/*{SUFFIX}")]
    if not refs:  # a site folder: its cassettes sit directly inside it
        refs = [CassetteRef(p, root.parent) for p in _cassettes_in(root, f"*{SUFFIX}")]
    return sorted(refs, key=lambda r: r.id)


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
            captured_at=self.meta.get("recorded_at"),
            request_meta=_mapping(self.meta.get("request_meta")),
        )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


_cache_lock = threading.Lock()
_cache: dict[tuple[str, int, int], Cassette] = {}


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


def load(path: Path) -> Cassette:
    """Load (and cache, keyed by path, size and mtime) one cassette."""
    _warn_if_slow()
    try:
        stat = path.stat()
    except OSError as exc:
        raise CassetteError(f"{path}: cannot read cassette ({exc.strerror})") from exc
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    with _cache_lock:
        hit = _cache.get(key)
    if hit is not None:
        return hit
    try:
        text = path.read_text(encoding="utf-8")
        data = deserialize(text)
    except (CassetteError, UnicodeDecodeError) as exc:
        raise CassetteError(f"{path}: {exc}") from exc
    cassette = Cassette(path, data)
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
