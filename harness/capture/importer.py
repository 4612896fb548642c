"""Turn a folder of saved pages into cassettes, offline: ``harness import SRC --out DIR``.

Every ``*.html`` / ``*.htm`` under ``SRC`` (recursively, sorted) becomes ``<out>/<site>/<slug>.yaml``
holding one ``200 OK`` interaction whose body is the file's bytes, unchanged. A ``<stem>.json`` beside
it (the layout of ``../shared/corpus``: ``id``, ``url``, ``title``, ``published``, ``body``, ``extra``...)
is ground truth: its ``url`` (when http(s)) becomes the page URL, and the whole object is copied to
``<slug>.truth.json``. Secrets are scrubbed from both as at record time (:mod:`harness.capture.scrub`): the
body keeps every byte except token shapes and the URL's secret values, which become ``REDACTED``.

* URL: the sidecar's ``url``, else ``https://<source folder>.invalid/<stem>``; site = ``site_for_url(url)``.
* slug: ``safe_slug(stem)``: the file name is the crawler's identity for the page.
* ``Content-Type``: ``text/html; charset=<label>`` when the page declares its charset in a ``<meta>``
  tag (as :func:`harness.page.sniff_charset` reads it), else ``text/html``.

A file that cannot be read or is not HTML (empty, binary, NUL bytes), a broken sidecar, or two inputs that
map to one cassette are reported as failures; the import carries on with the rest. Failures are also kept
in ``<out>/import-refusals.json`` (one list per source folder, replaced when that folder is imported
again), and every later ``harness run`` over ``<out>`` reports each as an ``import.refused`` finding.
Hidden files (a path part starting with ``.``) are listed as skipped, never imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from harness._version import __version__
from harness.capture import cassette
from harness.capture.scrub import Scrubber, SecretValues
from harness.fsutil import UnsafePathError, atomic_write_json, contained
from harness.page import _META_CHARSET, sniff_charset
from harness.paths import safe_site, safe_slug, site_for_url
from harness.summary import Entry, Progress, Summary, now_utc

EXTENSIONS = (".html", ".htm")
EXISTS = "exists (use --force to re-import)"
_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data (gunzip it first)"),
    (b"PK\x03\x04", "a zip archive"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


class ImportSourceError(ValueError):
    """The import source is not a folder (a usage mistake: one line for the CLI)."""


@dataclass(frozen=True, slots=True)
class ImportSummary(Summary):
    """Outcome of :func:`import_dir`: ``imported`` / ``skipped`` / ``failed`` entries, in file order."""

    @property
    def imported(self) -> tuple[Entry, ...]:
        return self.written


class PageProblem(Exception):
    """Why one input cannot be imported (becomes a failed entry, never a crash)."""


def _hidden(src: Path, page: Path) -> bool:
    return any(part.startswith(".") for part in page.relative_to(src).parts)


def find_pages(src: Path, *, hidden: bool = False) -> list[Path]:
    """The HTML files under ``src``, sorted; hidden files and folders only with ``hidden=True``."""
    found = [p for p in src.rglob("*") if p.suffix.lower() in EXTENSIONS and hidden == _hidden(src, p)]
    return sorted(found, key=lambda p: p.relative_to(src).as_posix())


HIDDEN = "hidden (a part of its path starts with '.'): not imported"
REFUSALS_FORMAT = "news-harness/import-refusals"


def write_refusals(src: Path, out: Path, entries: tuple[Entry, ...]) -> Path:
    """Record this import's failed entries in ``<out>/import-refusals.json``, so the next run reports them.

    The file keeps one list per import source folder: importing a folder again replaces its list (an
    empty list removes it); the file is removed when no source has refusals left.
    """
    path = out / cassette.REFUSALS_NAME
    imports = {k: v for k, v in read_refusals(path).items() if k != str(src.resolve())}
    failed = [{"source": e.source, "reason": e.reason or "refused"} for e in entries if e.status == "failed"]
    if failed:
        imports[str(src.resolve())] = failed
    if imports:
        atomic_write_json(path, {"format": REFUSALS_FORMAT, "imports": imports})
    else:
        path.unlink(missing_ok=True)
    return path


def read_refusals(path: Path) -> dict[str, list[dict[str, str]]]:
    """The refusals file's ``imports``: source folder -> [{source, reason}]; entries of the wrong shape
    are kept as far as they can be read (the file is an input like any other)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    imports = data.get("imports") if isinstance(data, dict) else None
    if not isinstance(imports, dict):
        return {}
    out: dict[str, list[dict[str, str]]] = {}
    for folder, items in imports.items():
        if isinstance(items, list):
            out[str(folder)] = [
                {"source": str(i.get("source", "?")), "reason": str(i.get("reason", "refused"))}
                for i in items
                if isinstance(i, dict)
            ]
    return out


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


@dataclass
class _Import:
    src: Path
    out: Path
    force: bool
    claimed: dict[Path, str]
    scrubber: Scrubber

    def one(self, page: Path) -> Entry:
        rel = page.relative_to(self.src).as_posix()
        try:
            body = _read_body(page)
            truth = _read_truth(page)
            url = page_url(
                truth, (page.parent if page.parent != self.src else self.src.resolve()).name, page.stem
            )
            found = SecretValues()  # a crawler's saved URL can carry tokens, as a live one can
            url = self.scrubber.uri(url, found)
            if truth is not None and isinstance(truth.get("url"), str):
                truth = {**truth, "url": self.scrubber.uri(truth["url"], found)}
            body = self.scrubber.body(body, found)  # token shapes, and the URL's secrets echoed in the page
            truth = self.scrubber.json(truth, found) if truth is not None else None
            path = contained(self.out, site_for_url(url), safe_slug(page.stem) + cassette.SUFFIX)
        except (PageProblem, UnsafePathError) as exc:
            return Entry(rel, "failed", reason=str(exc))
        first = self.claimed.setdefault(path, rel)
        if first != rel:
            where = path.relative_to(self.out.resolve()).as_posix()
            return Entry(rel, "failed", path, f"collides with {first}: both map to {where}")
        if path.exists() and not self.force:
            return Entry(rel, "skipped", path, EXISTS)
        self._write(path, url, rel, body, truth)
        return Entry(rel, "written", path)

    def _write(self, path: Path, url: str, rel: str, body: bytes, truth: dict[str, Any] | None) -> None:
        truth_path = path.with_name(path.name[: -len(cassette.SUFFIX)] + cassette.TRUTH_SUFFIX)
        if truth is not None:
            atomic_write_json(truth_path, truth)
        else:
            truth_path.unlink(missing_ok=True)  # a re-import without a sidecar must not keep stale truth
        headers = {"Content-Type": [content_type(body)], "Content-Length": [str(len(body))]}
        meta = {
            "url": url,
            "recorded_at": now_utc(),
            "how": "import",
            "source": rel,
            "harness_version": __version__,
        }
        cassette.write(path, [cassette.interaction(url, body, headers=headers)], meta)


def import_dir(
    src: Path,
    out: Path,
    *,
    force: bool = False,
    progress: Progress | None = None,
    scrubber: Scrubber | None = None,
) -> ImportSummary:
    """Import every saved page under ``src`` into cassettes under ``out``; see the module doc.

    Secrets are scrubbed with ``scrubber`` (default rules if ``None``): secret parameters in the pages' URLs,
    token shapes in their bodies and ground truth, and the URL's secret values wherever the page repeats them.
    """
    if not src.is_dir():
        raise ImportSourceError(f"import source {src} is not a folder")
    pages = find_pages(src)
    job = _Import(src, out, force, {}, scrubber or Scrubber())
    entries: list[Entry] = []
    for done, page in enumerate(pages, 1):
        entries.append(job.one(page))
        if progress is not None:
            progress(done, len(pages), entries[-1].source)
    entries.extend(
        Entry(p.relative_to(src).as_posix(), "skipped", reason=HIDDEN) for p in find_pages(src, hidden=True)
    )
    write_refusals(src, out, tuple(entries))
    return ImportSummary(tuple(entries))
