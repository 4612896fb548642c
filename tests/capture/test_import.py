"""harness.capture.importer: saved pages to cassettes, offline, byte for byte."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from harness.capture import cassette
from harness.capture.importer import EXISTS, ImportSourceError, ImportSummary, import_dir
from harness.capture.tokens import scrub_token_shapes

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("HARNESS_CORPUS", REPO.parent / "shared" / "corpus"))
RU = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Тест\r\n</p></body>'
JA = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>ニュース'
MESSY = "<html>\r\n<body>\t<p>trailing   \r\n<p>no newline at end"


def _write(root: Path, rel: str, data: bytes | str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _by_source(summary: ImportSummary) -> dict[str, object]:
    return {e.source: e for e in summary.entries}


@pytest.fixture
def src(tmp_path: Path) -> Path:
    root = tmp_path / "saved" / "my_crawl"
    _write(root, "ru/novosti.html", RU.encode("cp1251"))
    _write(root, "ja/news.htm", JA.encode("shift_jis"))
    _write(root, "messy.html", MESSY)
    _write(root, "story.html", "<html><body><p>Plain story.</p></body></html>\n")
    truth = {
        "id": "story",
        "url": "https://www.daily-harbor.example/2025/story",
        "title": "Plain story",
        "published": "2025-03-04",
        "body": "Plain story.",
        "extra": {"k": [1, 2]},
    }
    _write(root, "story.json", json.dumps(truth))
    return root


def test_bodies_are_byte_identical(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = import_dir(src, out)
    assert summary.ok and len(summary.imported) == 4, summary.entries
    for entry in summary.imported:
        assert entry.path is not None
        response = cassette.load(entry.path).primary_response()
        assert response.body == (src / entry.source).read_bytes(), entry.source
        assert response.status == 200


def test_declared_charset_goes_into_content_type(src: Path, tmp_path: Path) -> None:
    summary = import_dir(src, tmp_path / "out")
    types = {
        e.source: cassette.load(e.path).primary_response().header("content-type")  # type: ignore[arg-type]
        for e in summary.imported
    }
    assert types == {
        "ja/news.htm": "text/html; charset=Shift_JIS",
        "messy.html": "text/html",
        "ru/novosti.html": "text/html; charset=windows-1251",
        "story.html": "text/html",
    }
    ru = next(e.path for e in summary.imported if e.source == "ru/novosti.html")
    assert "Новости" in ru.read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_url_site_slug_and_truth_sidecar(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = import_dir(src, out)
    story = next(e.path for e in summary.imported if e.source == "story.html")
    assert story == (out / "daily-harbor.example" / "story.yaml").resolve()
    loaded = cassette.load(story)
    assert loaded.meta["url"] == "https://www.daily-harbor.example/2025/story"
    assert loaded.meta["how"] == "import" and loaded.meta["source"] == "story.html"
    truth = json.loads(story.with_name("story.truth.json").read_text(encoding="utf-8"))
    assert truth == json.loads((src / "story.json").read_text(encoding="utf-8"))
    # no sidecar: a placeholder URL under .invalid, named after the source folder
    ru = next(e.path for e in summary.imported if e.source == "ru/novosti.html")
    assert cassette.load(ru).meta["url"] == "https://ru.invalid/novosti"  # type: ignore[arg-type]
    messy = next(e.path for e in summary.imported if e.source == "messy.html")
    assert cassette.load(messy).meta["url"] == "https://my-crawl.invalid/messy"  # type: ignore[arg-type]
    assert not messy.with_name("messy.truth.json").exists()  # type: ignore[union-attr]


def test_corrupt_and_unreadable_files_are_reported(src: Path, tmp_path: Path) -> None:
    _write(src, "bad/zipped.html", gzip.compress(b"<html>hidden</html>"))
    _write(src, "bad/binary.html", bytes(range(256)) * 4)
    _write(src, "bad/empty.html", b"")
    (src / "bad" / "folder.html").mkdir()
    _write(src, "bad/broken.html", "<html><body>ok page, broken truth</body></html>")
    _write(src, "bad/broken.json", "{not json")
    (src / "bad" / "dangling.html").symlink_to(src / "does-not-exist.html")
    summary = import_dir(src, tmp_path / "out")
    failed = {e.source: e.reason or "" for e in summary.failed}
    assert set(failed) == {
        "bad/zipped.html",
        "bad/binary.html",
        "bad/empty.html",
        "bad/folder.html",
        "bad/broken.html",
        "bad/dangling.html",
    }
    assert "gzip" in failed["bad/zipped.html"] and "binary" in failed["bad/binary.html"]
    assert "empty" in failed["bad/empty.html"] and "invalid JSON" in failed["bad/broken.html"]
    assert "cannot read" in failed["bad/folder.html"] and "cannot read" in failed["bad/dangling.html"]
    assert len(summary.imported) == 4  # the good pages still went in


def test_two_inputs_for_one_cassette_are_reported(src: Path, tmp_path: Path) -> None:
    _write(src, "Story.htm", "<html><body>another story with the same slug</body></html>")
    _write(src, "Story.json", json.dumps({"url": "https://daily-harbor.example/other"}))
    out = tmp_path / "out"
    summary = import_dir(src, out)
    failed = {e.source: e.reason or "" for e in summary.failed}
    assert list(failed) == ["story.html"]
    assert "collides with Story.htm" in failed["story.html"] and "story.yaml" in failed["story.html"]
    kept = cassette.load(out / "daily-harbor.example" / "story.yaml")
    assert kept.meta["source"] == "Story.htm"


def test_existing_cassettes_are_skipped_unless_forced(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    import_dir(src, out)
    again = import_dir(src, out)
    assert again.imported == () and {e.reason for e in again.skipped} == {EXISTS}
    forced = import_dir(src, out, force=True)
    assert len(forced.imported) == 4


def test_source_must_be_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportSourceError, match="is not a folder"):
        import_dir(tmp_path / "nope", tmp_path / "out")


def test_progress_reports_each_page(src: Path, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    import_dir(src, tmp_path / "out", progress=lambda d, t, s: calls.append((d, t, s)))
    assert calls == [
        (1, 4, "ja/news.htm"),
        (2, 4, "messy.html"),
        (3, 4, "ru/novosti.html"),
        (4, 4, "story.html"),
    ]


# --------------------------------------------------------------------------- the shared corpus


def _corpus_pages() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*.htm*") if p.suffix in (".html", ".htm"))


needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS} (set HARNESS_CORPUS to its folder)"
)


@pytest.fixture(scope="module")
def corpus_import(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ImportSummary]:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (set HARNESS_CORPUS to its folder)")
    out = tmp_path_factory.mktemp("corpus-cassettes")
    return out, import_dir(CORPUS, out)


@needs_corpus
def test_zyte_aeb_imports_all_121_pages(tmp_path: Path) -> None:
    summary = import_dir(CORPUS / "zyte_aeb", tmp_path)
    assert summary.ok, [e.line() for e in summary.failed]
    assert len(summary.imported) == 121
    assert len({e.path for e in summary.imported}) == 121
    assert len(list(tmp_path.glob("*/*.truth.json"))) == 121


@needs_corpus
def test_whole_corpus_imports(corpus_import: tuple[Path, ImportSummary]) -> None:
    _out, summary = corpus_import
    assert summary.ok, [e.line() for e in summary.failed]
    assert len(summary.imported) == len(_corpus_pages()) == 197


@pytest.mark.parametrize("page", _corpus_pages(), ids=lambda p: f"{p.parent.name}/{p.stem[:24]}")
def test_corpus_page_is_byte_identical_but_for_secrets(
    page: Path, corpus_import: tuple[Path, ImportSummary]
) -> None:
    """Every byte is kept except token shapes (17 real pages carry Maps keys, JWTs, CSRF tokens...)."""
    _out, summary = corpus_import
    rel = page.relative_to(CORPUS).as_posix()
    entry = next(e for e in summary.entries if e.source == rel)
    assert entry.status == "written" and entry.path is not None, entry.line()
    body, raw = cassette.load(entry.path).primary_response().body, page.read_bytes()
    assert body == scrub_token_shapes(raw)
    position = 0  # independently: what is left between the REDACTED marks is the page's bytes, in order
    for piece in body.split(b"REDACTED"):
        found = raw.find(piece, position)
        assert found >= position, f"bytes changed near offset {position}"
        position = found + len(piece)


def test_secret_parameters_in_saved_urls_are_scrubbed(tmp_path: Path) -> None:
    src = tmp_path / "crawl"
    src.mkdir()
    (src / "story.html").write_bytes(b"<html><body><p>Story</p></body></html>")
    (src / "story.json").write_text(json.dumps({"url": "https://news.example/story?id=3&token=hunter2"}))
    summary = import_dir(src, tmp_path / "out")
    written = [e.path for e in summary.written]
    assert len(written) == 1 and written[0] is not None
    folder = written[0].parent
    everything = "".join(p.read_text(encoding="utf-8") for p in folder.iterdir())
    assert "hunter2" not in everything
    assert "token=REDACTED" in everything and "id=3" in everything


def test_the_folder_is_a_source_like_the_archives(src: Path) -> None:
    from harness.capture.sources import Exchange, Skip, open_source
    from harness.capture.sources.folder import FolderSource

    _write(src, ".git/page.html", "<html>hidden</html>")
    _write(src, "bad/empty.html", b"")
    source = open_source(src)
    assert isinstance(source, FolderSource)
    items = list(source)
    pages = {i.origin: i for i in items if isinstance(i, Exchange)}
    assert set(pages) == {"ja/news.htm", "messy.html", "ru/novosti.html", "story.html"}
    story = pages["story.html"]
    assert story.url == "https://www.daily-harbor.example/2025/story" and story.slug == "story"
    assert story.truth is not None and story.truth["title"] == "Plain story"
    assert story.body == (src / "story.html").read_bytes()
    assert pages["messy.html"].url == "https://my-crawl.invalid/messy"  # a placeholder, safe as a host
    skips = [(i.origin, i.failed) for i in items if isinstance(i, Skip)]
    assert skips == [("bad/empty.html", True), (".git/page.html", False)]  # hidden ones come last


def test_archive_flags_on_a_folder_are_a_usage_error(src: Path, tmp_path: Path, capsys) -> None:
    from harness.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["import", str(src), "--out", str(tmp_path / "out"), "--follow", "scrapy:a.b:S.cb"])
    assert exc.value.code == 2 and "--follow: only for archives" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
