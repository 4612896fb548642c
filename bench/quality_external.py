"""Extraction quality on outside ground truth the project has never seen, read where it lies.

Public test sets, each written by its own authors, are read from checkouts given on the command line
(nothing of them is copied into this repository):

* ``--trafilatura DIR``: a checkout of ``adbar/trafilatura`` (``tests/evaldata.json`` with human titles,
  dates and body snippets; pages in ``tests/eval`` and ``tests/cache``). The shared corpus took a sample of
  this set (both of its splits, the held-out one included); that sample is rebuilt here the way the corpus
  README describes it and dropped, so neither split's pages are scored or shown.
* ``--htmldate DIR``: a checkout of ``adbar/htmldate``: ``tests/eval_mediacloud_2020.json`` (200 news pages
  from many countries, ``tests/test_set``) and ``tests/eval_default.json`` (dates only; the URLs it shares
  with trafilatura's set are dropped). htmldate was developed against these pages, and ``generic`` uses
  htmldate as one source of evidence: its numbers here are seen ones for htmldate.
* ``--readability DIR``: a checkout of ``mozilla/readability``: ``test/test-pages/*/source.html`` with
  ``expected-metadata.json`` (title, publishedTime) and ``expected.html`` (the body). The truth is
  Readability.js's own output, reviewed by its developers as test expectations, not a human annotation:
  it measures agreement with Readability.js (its titles especially). The site is the page's canonical
  link or og:url, else the fixture's name (``wikipedia-2`` beside ``wikipedia``) under ``.invalid``.
* ``--goose DIR``: a checkout of ``goose3/goose3``: ``tests/data/content/*.html`` on real hosts (the
  made-up example.com ones are dropped) with goose's expected output: the opening of ``cleaned_text`` as
  a snippet the body must hold, and a title on a few. Goose's output, not a human's.
* ``--mercury DIR``: a checkout of ``postlight/parser`` (Mercury): ``fixtures/*.html`` with the title and
  ``date_published`` that each site's hand-written extractor's test states (``src/extractors/custom``).
  The fixtures were saved after Mercury's own clean-up, which renamed every meta tag's ``content`` to
  ``value`` and removed the scripts: ``content`` is put back as the site served it (``restore_meta``),
  JSON-LD cannot be. A UTC instant is read in the zone the site's rules declare, where they declare one.
* ``--fundus DIR``: a checkout of ``flairNLP/fundus`` (or of its ``tests/resources/parser/test_data``):
  whole saved pages of 180 sites in 40 countries, each with the title, date and body its hand-written
  parser's authors accepted (:func:`fundus_pages`). The parsers' output, reviewed as test expectations.

newspaper4k's fixtures are not used: the shared corpus holds all of them that have a truth (both splits).
Pages whose HTML bytes equal a shared-corpus page (``--corpus``'s manifest) are dropped too. The rest is
split by site as ``quality_split.py`` splits the corpus (half A or B from the SHA-256 of the site, the same
site in the same half in every set) and scored with ``harness compare``'s runner and scoring:

    python bench/quality_external.py --trafilatura /tmp/trafilatura --htmldate /tmp/htmldate \
        --readability /tmp/readability --goose /tmp/goose3 --mercury /tmp/mercury --fundus /tmp/fundus \
        --half A --half B --speed
    python bench/quality_external.py ... --half A --misses -e generic   # the only misses ever looked at
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import random
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from glob import escape as glob_escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality_split as qs

from harness.capture import cassette
from harness.capture.cassette import CassetteRef
from harness.capture.importer import import_dir
from harness.config import HarnessConfig
from harness.paths import site_for_url
from harness.regression import compare

# How the shared corpus sampled trafilatura's set (corpus README: "a seeded shuffle ... while the total
# HTML stays within 14 MB"); rebuilt from the set itself, checked to hold every shared-split page.
SAMPLE_SEED = "20240617:trafilatura_eval:sample"
SAMPLE_BYTES = 14_000_000

Page = tuple[str, Path, dict[str, Any]]  # (source folder, html file, truth)


def _find(root: Path, name: str, folders: Sequence[str]) -> Path | None:
    for folder in folders:
        path = root / "tests" / folder / name
        if path.is_file() and path.resolve().is_relative_to(root.resolve()):
            return path
    return None


def _load_set(path: Path) -> dict[str, dict[str, Any]]:
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected a JSON object keyed by URL")
    return {k: v for k, v in data.items() if isinstance(v, dict) and isinstance(v.get("file"), str)}


def corpus_sample(data: dict[str, dict[str, Any]], root: Path) -> set[str]:
    """URLs of trafilatura's set that the shared corpus sampled (shared and held-out splits)."""
    both = sorted(k for k, v in data.items() if v.get("title") and v.get("date"))
    random.Random(SAMPLE_SEED).shuffle(both)
    taken: set[str] = set()
    total = 0
    for url in both:
        page = _find(root, data[url]["file"], ("eval", "cache"))
        size = page.stat().st_size if page else 0
        if page is None or total + size > SAMPLE_BYTES:
            continue
        total += size
        taken.add(url)
    return taken


def _truth(url: str, entry: dict[str, Any], dataset: str, **extra: Any) -> dict[str, Any]:
    title = entry.get("title") if isinstance(entry.get("title"), str) else None
    date = entry.get("date") if isinstance(entry.get("date"), str) else None
    return {"url": url, "title": title or None, "published": date or None, "body": None,
            "source_dataset": dataset, "extra": extra}


def trafilatura_pages(root: Path) -> Iterator[Page]:
    data = _load_set(root / "tests" / "evaldata.json")
    sample = corpus_sample(data, root)
    for url, entry in data.items():
        page = _find(root, entry["file"], ("eval", "cache"))
        if url in sample or page is None or not (entry.get("title") or entry.get("date")):
            continue
        yield "trafilatura_evaldata", page, _truth(
            url, entry, "adbar/trafilatura-evaldata",
            body_must_contain=entry.get("with") or [], body_must_not_contain=entry.get("without") or [])


def htmldate_pages(root: Path, skip_urls: set[str]) -> Iterator[Page]:
    for name, folders, source in (
        ("eval_mediacloud_2020.json", ("test_set",), "htmldate_mediacloud"),
        ("eval_default.json", ("eval", "cache"), "htmldate_default"),
    ):
        for url, entry in _load_set(root / "tests" / name).items():
            page = _find(root, entry["file"], folders)
            if page is not None and entry.get("date") and url not in skip_urls:
                yield source, page, _truth(url, {"date": entry["date"]}, f"adbar/{source}")


SYNTHETIC_HOSTS = {"example.com", "exemple.com", "foo.bar", "fakehost", "localhost"}
_CANONICAL = (
    re.compile(rb"<link\b[^>]*?rel=[\"']?canonical[\"']?[^>]*?href=[\"']([^\"']+)", re.I),
    re.compile(rb"<link\b[^>]*?href=[\"']([^\"']+)[\"'][^>]*?rel=[\"']?canonical", re.I),
    re.compile(rb"<meta\b[^>]*?property=[\"']og:url[\"'][^>]*?content=[\"']([^\"']+)", re.I),
)


def _real_url(url: str | None) -> str | None:
    """``url`` when it names a real web host (not a test fixture's made-up one)."""
    host = (urlsplit(url).hostname or "") if url else ""
    if not host or "." not in host or host.removeprefix("www.") in SYNTHETIC_HOSTS:
        return None
    return url


def page_url(html: bytes, fallback: str) -> str:
    """The page's own address (canonical link or og:url), else ``fallback``: the split needs a site."""
    for pattern in _CANONICAL:
        found = pattern.search(html[:300_000])
        url = found.group(1).decode("utf-8", "replace").strip() if found else None
        if url and url.startswith(("http://", "https://")) and _real_url(url):
            return url
    return fallback


_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "tr", "br")


def html_text(markup: str) -> str:
    """The visible text of an expected-output HTML fragment, a blank line between blocks."""
    import lxml.html

    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    return re.sub(r"\n\s*\n+", "\n\n", str(root.text_content())).strip()


_READABILITY_FILES = ("source.html", "expected-metadata.json", "expected.html")


def readability_pages(root: Path) -> Iterator[Page]:
    """mozilla/readability's test pages: the truth is Readability.js's own reviewed output (see docs).

    A page without a real address of its own is filed under the site its fixture name names when another
    page of the set has a real address there (``wikipedia-2`` beside ``wikipedia``), else under
    ``<name>.invalid``, so one site never lands in both halves."""
    base = root / "test" / "test-pages"
    found: list[tuple[Path, str | None, dict[str, Any], str]] = []
    for folder in sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []:
        source, meta_path, expected = (folder / n for n in _READABILITY_FILES)
        if not (source.is_file() and meta_path.is_file()):
            continue
        meta = json.loads(meta_path.read_text("utf-8"))
        body = html_text(expected.read_text("utf-8")) if expected.is_file() else ""
        found.append((source, page_url(source.read_bytes(), ""), meta, body))
    known = {site_for_url(url).split(".")[0]: site_for_url(url) for _, url, _, _ in found if url}
    for source, url, meta, body in found:
        stem = re.sub(r"-\d+$", "", source.parent.name)
        url = url or f"http://{known.get(stem, stem + '.invalid')}/{source.parent.name}"
        claimed = {"title": meta.get("title"), "date": meta.get("publishedTime")}
        truth = _truth(url, claimed, "mozilla/readability")
        truth["body"] = body or None
        yield "readability_testpages", source, truth


def goose_pages(root: Path) -> Iterator[Page]:
    """goose3's content fixtures on real hosts: goose's own output as truth (a title, a body opening)."""
    for path in sorted((root / "tests" / "data" / "content").glob("*.json")):
        entry = json.loads(path.read_text("utf-8"))
        url, expected = _real_url(entry.get("url")), entry.get("expected") or {}
        html = path.with_suffix(".html")
        if url is None or not html.is_file():
            continue
        opening = str(expected.get("cleaned_text") or "").strip().split("\n")[0][:120]
        snippet = opening.rsplit(" ", 1)[0] if len(opening) == 120 else opening
        if not (expected.get("title") or len(snippet) >= 20):
            continue
        yield "goose3_content", html, _truth(
            url, {"title": expected.get("title")}, "goose3/goose3",
            body_must_contain=[snippet] if len(snippet) >= 20 else [], body_must_not_contain=[])


_JS_STRING = re.compile(r"""'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`""", re.S)
_JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JS_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _js_unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code.startswith(("u{", "u", "x")) and len(code) > 1:
            return chr(int(code.strip("u{}x"), 16))
        return _JS_SIMPLE.get(code, code)
    return _JS_ESCAPE.sub(one, text)


def js_strings(code: str) -> list[str]:
    """The string literals of a JavaScript expression, unescaped, in order (template literals as written)."""
    return [_js_unescape(next(g for g in m.groups() if g is not None)) for m in _JS_STRING.finditer(code)]


def _assertion(block: str, field: str) -> str | None:
    """The expected value the block's ``assert.equal(<field...>, <expected>)`` states, literals joined."""
    found = re.search(r"assert\.equal\(\s*" + field + r"\b[^,]*,(.*?)\);", block, re.S)
    if found is None or re.match(r"\s*null\b", found.group(1)):
        return None
    return "".join(js_strings(found.group(1))) or None


def _its(chunk: str) -> dict[str, str]:
    """A describe block's ``it('returns the <field>', ...)`` bodies by field."""
    parts = re.split(r"\bit\(\s*['\"`]returns (?:the )?([a-z_ ]+?)['\"`]", chunk)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


def _in_zone(stamp: str, zone: str | None) -> str:
    """A UTC instant as the wall time of the zone the site's Mercury rules declare (their dates are
    read in it, so a day written on a Tokyo page is midnight there, 15:00 UTC the day before)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    if zone is None or "T" not in stamp:
        return stamp
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(ZoneInfo(zone)).isoformat()
    except (ValueError, KeyError):
        return stamp


_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
_VALUE_ATTR = re.compile(rb"(\s)value=", re.I)
_CONTENT_ATTR = re.compile(rb"\scontent=", re.I)


def restore_meta(html: bytes) -> bytes:
    """Mercury saved its fixtures after its own ``normalizeMetaTags``, which renames every meta tag's
    ``content`` to ``value`` (and ``property`` to ``name``): put ``content`` back, as the site served it,
    so metadata readers see the page's metadata. Its script removal (JSON-LD included) cannot be undone."""
    def one(m: re.Match[bytes]) -> bytes:
        tag = m.group(0)
        return tag if _CONTENT_ATTR.search(tag) else _VALUE_ATTR.sub(rb"\1content=", tag, count=1)
    return _META_TAG.sub(one, html)


def mercury_pages(root: Path) -> Iterator[Page]:
    """postlight/parser (Mercury): each custom extractor's test states the title, author and
    ``date_published`` its authors checked against the fixture page (the content's first words are not
    used: they cross paragraphs and hold captions). Those are the expected outputs of a hand-written
    per-site extractor, so they say what a person picked on that page. Dates are Mercury's UTC instants,
    moved to the zone the site's rules declare, or a day where the test compares days."""
    custom, fixtures = root / "src" / "extractors" / "custom", (root / "fixtures").resolve()
    for test in sorted(custom.glob("*/index.test.js")):
        text = test.read_text("utf-8", "replace")
        rules = test.with_name("index.js")
        rule_text = rules.read_text("utf-8", "replace") if rules.is_file() else ""
        declared = re.search(r"timezone:\s*['\"]([A-Za-z_/]+)['\"]", rule_text)
        zone = declared.group(1) if declared else None
        starts = [m.start() for m in re.finditer(r"\bbeforeAll\(", text)] + [len(text)]
        for begin, end in itertools.pairwise(starts):
            chunk = text[begin:end]
            fixture = re.search(r"readFileSync\(\s*['\"`]\./fixtures/([^'\"`]+\.html)", chunk)
            urls = list(re.finditer(r"\burl\s*=\s*(['\"`])(https?://[^'\"`]+)\1", text[:end]))
            if fixture is None or not urls:
                continue
            page = (fixtures / fixture.group(1)).resolve()
            url = _real_url(urls[-1].group(2))
            if url is None or not page.is_file() or not page.is_relative_to(fixtures):
                continue
            its = _its(chunk)
            title = _assertion(its.get("title", ""), "title")
            stated = its.get("date_published", "").split("await result")[-1]
            dates = _ISO_DAY.findall(stated)
            date = _in_zone(dates[-1], zone) if dates and not re.search(r",\s*null\b", stated) else None
            if not (title or date):
                continue
            yield "mercury_custom", page, _truth(
                url, {"title": title, "date": date}, "postlight/parser",
                author=_assertion(its.get("author", ""), "author"))


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", name))


def fundus_body(body: Any) -> str | None:
    """fundus's article body (a summary, then sections of a headline and paragraphs) as blank-line text."""
    if not isinstance(body, dict):
        return None
    parts = [str(p) for p in body.get("summary") or [] if isinstance(p, str)]
    for section in body.get("sections") or []:
        if isinstance(section, dict):
            for key in ("headline", "paragraphs"):
                parts += [str(p) for p in section.get(key) or [] if isinstance(p, str)]
    text = "\n\n".join(p.strip() for p in parts if p.strip())
    return text or None


def fundus_pages(root: Path) -> Iterator[Page]:
    """flairNLP/fundus: each publisher's hand-written parser is tested against saved pages
    (``<country>/<Publisher>_<crawl day>.html.gz``, the address in the folder's ``meta.info``) and the
    output its authors accepted, one per parser version (``<Publisher>.json``: ``V1``, ``V1_1``, ``V2``
    ...). Each version has exactly one page and a later version reads later pages, so the versions in
    order pair with the pages in crawl order. The title, ``publishing_date`` (as fundus parsed it, with
    the page's offset or UTC) and body (summary, sub-headings and paragraphs) are the truth."""
    base = (root / "tests" / "resources" / "parser" / "test_data").resolve()
    for folder in sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []:
        meta_path = folder / "meta.info"
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        for expected in sorted(folder.glob("*.json")):
            versions = json.loads(expected.read_text("utf-8"))
            pages = sorted(folder.glob(f"{glob_escape(expected.stem)}_*.html.gz"))
            if not isinstance(versions, dict) or len(versions) != len(pages):
                continue
            for name, page in zip(sorted(versions, key=_version_key), pages, strict=True):
                entry, info = versions[name], meta.get(page.name) or {}
                url = _real_url(info.get("url") if isinstance(info, dict) else None)
                if url is None or not isinstance(entry, dict) or not page.resolve().is_relative_to(base):
                    continue
                claimed = {"title": entry.get("title"), "date": entry.get("publishing_date")}
                truth = _truth(url, claimed, "flairNLP/fundus", publisher=expected.stem, version=name)
                truth["body"] = fundus_body(entry.get("body"))
                yield "fundus_parser", page, truth


def corpus_hashes(corpus: Path | None) -> set[str]:
    if corpus is None or not (corpus / "manifest.json").is_file():
        return set()
    text = (corpus / "manifest.json").read_text("utf-8")
    return set(re.findall(r'"html_sha256"\s*:\s*"([0-9a-f]{64})"', text))


def write_folders(pages: Sequence[Page], out: Path, skip_hashes: set[str]) -> dict[str, int]:
    """Write the pages in the corpus layout (``<stem>.html`` + ``<stem>.json``), once per distinct HTML."""
    seen = set(skip_hashes)
    counts: dict[str, int] = {}
    for source, page, truth in pages:
        body = page.read_bytes()
        if page.name.endswith(".gz"):
            body = gzip.decompress(body)
        if source == "mercury_custom":
            body = restore_meta(body)
        digest = hashlib.sha256(body).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        name = Path(page.name.removesuffix(".gz")).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name)[:80] + "-" + digest[:8]
        folder = out / source
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{stem}.html").write_bytes(body)
        truth = {"id": stem, **truth}
        (folder / f"{stem}.json").write_text(json.dumps(truth, ensure_ascii=False), "utf-8")
        counts[source] = counts.get(source, 0) + 1
    return counts


def gather(args: argparse.Namespace, out: Path) -> list[CassetteRef]:
    pages: list[Page] = []
    urls: set[str] = set()
    if args.trafilatura:
        urls = set(_load_set(args.trafilatura / "tests" / "evaldata.json"))
        pages += trafilatura_pages(args.trafilatura)
    if args.htmldate:
        pages += htmldate_pages(args.htmldate, urls)
    if args.readability:
        pages += readability_pages(args.readability)
    if args.goose:
        pages += goose_pages(args.goose)
    if args.mercury:
        pages += mercury_pages(args.mercury)
    if args.fundus:
        pages += fundus_pages(args.fundus)
    counts = write_folders(pages, out / "pages", corpus_hashes(args.corpus))
    print("pages: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for source in sorted(counts):
        import_dir(out / "pages" / source, out / "cassettes")
    return cassette.discover(out / "cassettes")


def add_sources(ap: argparse.ArgumentParser) -> None:
    """The options naming the outside sets' checkouts and the corpus whose pages they must not repeat."""
    ap.add_argument("--trafilatura", type=Path, help="checkout of adbar/trafilatura")
    ap.add_argument("--htmldate", type=Path, help="checkout of adbar/htmldate")
    ap.add_argument("--readability", type=Path, help="checkout of mozilla/readability")
    ap.add_argument("--goose", type=Path, help="checkout of goose3/goose3")
    ap.add_argument("--mercury", type=Path, help="checkout of postlight/parser (Mercury)")
    ap.add_argument("--fundus", type=Path, help="checkout of flairNLP/fundus")
    ap.add_argument("--corpus", type=Path, default=qs.DEFAULT_CORPUS, help="shared corpus (pages to drop)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_sources(ap)
    ap.add_argument("-e", "--extractor", action="append", dest="extractors")
    ap.add_argument("--half", choices=("A", "B", "all"), action="append", dest="halves")
    ap.add_argument("--misses", action="store_true", help="list wrong titles and dates (half A only)")
    ap.add_argument("--speed", action="store_true", help="also time the extractors taking turns")
    ap.add_argument("--json", type=Path, help="write every row of every half as JSON here")
    args = ap.parse_args(argv)
    if not any((args.trafilatura, args.htmldate, args.readability, args.goose, args.mercury, args.fundus)):
        ap.error("give at least one outside set: --trafilatura, --htmldate, --readability, --goose, "
                 "--mercury or --fundus")
    names = args.extractors or ["generic", "trafilatura", "readability"]
    dump: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="quality-external-") as tmp:
        parts = qs.split(gather(args, Path(tmp)))
        cfg = HarnessConfig(root=Path(tmp))
        for label in args.halves or ["A", "B", "all"]:
            comparison, runs = compare.compare_extractors(
                cfg, names, parts[label], source=f"outside sets, half {label}")
            sites = len({r.site for r in parts[label]})
            print(f"\n### half {label}: {len(parts[label])} pages, {sites} sites\n")
            print(compare.to_markdown(comparison))
            if args.misses and label == "A" and names[0] in runs:
                print("\n" + "\n".join(qs.misses(runs[names[0]])))
            dump[label] = comparison.to_dict()
            if args.speed:
                dump[label]["interleaved_ms_per_page"] = qs.print_speed(comparison, parts[label])
    if args.json:
        args.json.write_text(json.dumps(dump, indent=2, default=str), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
