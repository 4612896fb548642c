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

The folder is read by :class:`~harness.capture.sources.folder.FolderSource`, an import source like the
WARC, WACZ, HAR and Scrapy-cache ones; this module writes what it reads (the sidecar and the refusals
file are the folder's own), as :mod:`harness.capture.sources.writer` writes the archives' exchanges.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness._version import __version__
from harness.capture import cassette
from harness.capture.scrub import Scrubber, SecretValues
from harness.capture.sources import Item, Skip, SourceError
from harness.capture.sources.folder import (  # re-exported: the folder's reading rules lived here
    EXTENSIONS,
    HIDDEN,
    FolderSource,
    PageProblem,
    content_type,
    find_pages,
    page_url,
)
from harness.fsutil import UnsafePathError, atomic_write_json, contained
from harness.paths import safe_slug, site_for_url
from harness.summary import Entry, Progress, Summary, now_utc

EXISTS = "exists (use --force to re-import)"
__all__ = [
    "EXISTS",
    "EXTENSIONS",
    "HIDDEN",
    "ImportSourceError",
    "ImportSummary",
    "PageProblem",
    "content_type",
    "find_pages",
    "import_dir",
    "page_url",
    "read_refusals",
    "write_refusals",
]


class ImportSourceError(ValueError):
    """The import source is not a folder (a usage mistake: one line for the CLI)."""


@dataclass(frozen=True, slots=True)
class ImportSummary(Summary):
    """Outcome of :func:`import_dir`: ``imported`` / ``skipped`` / ``failed`` entries, in file order."""

    @property
    def imported(self) -> tuple[Entry, ...]:
        return self.written


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


@dataclass
class _Import:
    out: Path
    force: bool
    claimed: dict[Path, str]
    scrubber: Scrubber

    def one(self, item: Item) -> Entry:
        if isinstance(item, Skip):
            return Entry(item.origin, "failed" if item.failed else "skipped", reason=item.reason)
        rel, truth = item.origin, dict(item.truth) if item.truth is not None else None
        try:
            found = SecretValues()  # a crawler's saved URL can carry tokens, as a live one can
            url = self.scrubber.uri(item.url, found)
            if truth is not None and isinstance(truth.get("url"), str):
                truth = {**truth, "url": self.scrubber.uri(truth["url"], found)}
            body = self.scrubber.body(item.body, found)  # token shapes, and the URL's secrets in the page
            truth = self.scrubber.json(truth, found) if truth is not None else None
            slug = safe_slug(item.slug or item.url.rsplit("/", 1)[-1])
            path = contained(self.out, site_for_url(url), slug + cassette.SUFFIX)
        except UnsafePathError as exc:
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

    The pages are read by :class:`~harness.capture.sources.folder.FolderSource`, as every import source
    is read. Secrets are scrubbed with ``scrubber`` (default rules if ``None``): secret parameters in the
    pages' URLs, token shapes in their bodies and ground truth, and the URL's secret values wherever the
    page repeats them.
    """
    try:
        source = FolderSource(src)
    except SourceError as exc:
        raise ImportSourceError(str(exc)) from None
    job = _Import(out, force, {}, scrubber or Scrubber())
    entries: list[Entry] = []
    for done, item in enumerate(source, 1):
        entries.append(job.one(item))
        if progress is not None and done <= len(source.pages):  # hidden files come last, not counted
            progress(done, len(source.pages), entries[-1].source)
    write_refusals(src, out, tuple(entries))
    return ImportSummary(tuple(entries))
