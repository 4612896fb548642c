"""A folder of saved pages (``.html``/``.htm``, with an optional ``<stem>.json`` ground-truth sidecar).

Every HTML file below the folder (recursively, sorted) is one :class:`Exchange`: a ``200 OK`` whose body
is the file's bytes, unchanged, its URL the sidecar's http(s) ``url`` or a placeholder under the reserved
``.invalid`` TLD, its ``slug`` the file's stem (the crawler's identity for the page) and its ``truth`` the
sidecar. A file that cannot be read or is not HTML, or a broken sidecar, is a failed :class:`Skip`;
hidden files (a path part starting with ``.``) come last, as skips. How they become cassettes (the
sidecar kept as ``<slug>.truth.json``, refusals remembered) is :mod:`harness.capture.importer`'s.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from harness.capture.sources import Exchange, Item, Skip, SourceError
from harness.page import _META_CHARSET, sniff_charset
from harness.paths import safe_site

EXTENSIONS = (".html", ".htm")
HIDDEN = "hidden (a part of its path starts with '.'): not imported"
_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data (gunzip it first)"),
    (b"PK\x03\x04", "a zip archive"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


class PageProblem(Exception):
    """Why one input cannot be imported (becomes a failed skip, never a crash)."""


def _hidden(src: Path, page: Path) -> bool:
    return any(part.startswith(".") for part in page.relative_to(src).parts)


def find_pages(src: Path, *, hidden: bool = False) -> list[Path]:
    """The HTML files under ``src``, sorted; hidden files and folders only with ``hidden=True``."""
    found = [p for p in src.rglob("*") if p.suffix.lower() in EXTENSIONS and hidden == _hidden(src, p)]
    return sorted(found, key=lambda p: p.relative_to(src).as_posix())


def _read_body(page: Path) -> bytes:
    try:
        body = page.read_bytes()
    except OSError as exc:
        raise PageProblem(f"cannot read ({exc.strerror or exc})") from exc
    if not body:
        raise PageProblem("empty file")
    for magic, what in _MAGIC:
        if body.startswith(magic):
            raise PageProblem(f"not HTML: {what}")
    if b"\x00" in body[:65536] and not body.startswith(_WIDE_BOMS):
        raise PageProblem("not HTML: binary data (NUL bytes)")
    return body


def _read_truth(page: Path) -> dict[str, Any] | None:
    sidecar = page.with_suffix(".json")
    if not sidecar.exists():
        return None
    try:
        data = json.loads(sidecar.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise PageProblem(f"{sidecar.name}: cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise PageProblem(f"{sidecar.name}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise PageProblem(f"{sidecar.name}: invalid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(data, dict):
        raise PageProblem(f"{sidecar.name}: ground truth must be a JSON object, got {type(data).__name__}")
    return data


def page_url(truth: dict[str, Any] | None, folder: str, stem: str) -> str:
    """The sidecar's http(s) ``url``, else a placeholder under the reserved ``.invalid`` TLD."""
    url = truth.get("url") if truth else None
    if isinstance(url, str):
        try:
            parts = urlsplit(url.strip())
            if parts.scheme.lower() in ("http", "https") and parts.hostname:
                return url.strip()
        except ValueError:
            pass
    return f"https://{safe_site(folder)}.invalid/{quote(stem, safe='')}"


def content_type(body: bytes) -> str:
    """``text/html; charset=<label as declared>`` when a ``<meta>`` declares a known charset."""
    _enc, how = sniff_charset(body, None)
    if how == "meta":
        m = _META_CHARSET.search(body[:4096])
        if m:
            return f"text/html; charset={m.group(1).decode('ascii')}"
    return "text/html"


class FolderSource:
    """Iterate the saved pages under one folder; see the module doc."""

    name = "folder"

    def __init__(self, src: Path) -> None:
        if not src.is_dir():
            raise SourceError(f"import source {src} is not a folder")
        self.src = src
        self.pages = find_pages(src)

    def __iter__(self) -> Iterator[Item]:
        for page in self.pages:
            yield self._one(page)
        for page in find_pages(self.src, hidden=True):
            yield Skip(page.relative_to(self.src).as_posix(), HIDDEN)

    def _one(self, page: Path) -> Item:
        rel = page.relative_to(self.src).as_posix()
        try:
            body = _read_body(page)
            truth = _read_truth(page)
        except PageProblem as exc:
            return Skip(rel, str(exc), failed=True)
        folder = (page.parent if page.parent != self.src else self.src.resolve()).name
        url = page_url(truth, folder, page.stem)
        headers = (("Content-Type", content_type(body)),)
        return Exchange(url, 200, headers, body, rel, reason="OK", slug=page.stem, truth=truth)
