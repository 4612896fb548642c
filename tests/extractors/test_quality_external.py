"""bench/quality_external.py: which outside pages it scores (fictional checkouts made at test time)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import ModuleType

import bench_modules

PAGE = "<html><head><title>{0}</title></head><body><h1>{0}</h1><p>Story text.</p></body></html>"


def _bench() -> ModuleType:
    return bench_modules.load("quality_external")


def _checkout(root: Path, entries: dict[str, dict[str, object]], folder: str = "eval") -> None:
    (root / "tests" / folder).mkdir(parents=True, exist_ok=True)
    for url, entry in entries.items():
        (root / "tests" / folder / str(entry["file"])).write_text(PAGE.format(url), "utf-8")
    (root / "tests" / "evaldata.json").write_text(json.dumps(entries), "utf-8")


def test_the_corpus_sample_is_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    qe = _bench()
    entries: dict[str, dict[str, object]] = {
        f"https://a{i}.example/story": {"file": f"a{i}.html", "title": f"Story {i}", "date": "2020-01-02"}
        for i in range(3)
    }
    entries["https://b.example/x"] = {"file": "b.html", "date": "2021-03-04"}  # no title: never sampled
    entries["https://c.example/x"] = {"file": "../../../outside.html", "date": "2021-03-04"}  # not read
    root = tmp_path / "checkout"
    _checkout(root, entries)
    assert (tmp_path / "outside.html").is_file()
    assert qe.corpus_sample(qe._load_set(root / "tests" / "evaldata.json"), root) == {
        f"https://a{i}.example/story"
        for i in range(3)  # small pages: all within the sample's bytes
    }
    kept = list(qe.trafilatura_pages(root))
    assert [(t["url"], t["published"], t["title"]) for _s, _p, t in kept] == [
        ("https://b.example/x", "2021-03-04", None)
    ]


def test_pages_equal_to_corpus_pages_or_to_each_other_are_written_once(tmp_path: Path) -> None:
    qe = _bench()
    one, two, three = (tmp_path / f"{n}.html" for n in ("one", "two", "three"))
    one.write_text(PAGE.format("one"), "utf-8")
    two.write_text(PAGE.format("one"), "utf-8")  # the same bytes again
    three.write_text(PAGE.format("three"), "utf-8")
    in_corpus = hashlib.sha256(three.read_bytes()).hexdigest()
    truth = {"url": "https://x.example/", "title": None, "published": "2020-01-01", "body": None}
    pages = [("set", p, dict(truth)) for p in (one, two, three)]
    counts = qe.write_folders(pages, tmp_path / "out", {in_corpus})
    assert counts == {"set": 1}
    written = sorted(p.name for p in (tmp_path / "out" / "set").iterdir())
    assert len(written) == 2 and written[0].endswith(".html") and written[1].endswith(".json")


def _fixture(folder: Path, html: str, meta: dict[str, object], expected: str) -> None:
    folder.mkdir(parents=True)
    (folder / "source.html").write_text(html, "utf-8")
    (folder / "expected-metadata.json").write_text(json.dumps(meta), "utf-8")
    (folder / "expected.html").write_text(expected, "utf-8")


def test_readability_pages_take_the_canonical_site_and_keep_a_site_in_one_half(tmp_path: Path) -> None:
    qe = _bench()
    base = tmp_path / "readability" / "test" / "test-pages"
    canonical = '<link rel="canonical" href="https://en.wikipedia.org/wiki/Bridge">'
    _fixture(
        base / "wikipedia",
        f"<html><head>{canonical}</head><body>x</body></html>",
        {"title": "Bridge", "publishedTime": None},
        "<div><p>One.</p><p>Two <b>three</b>.</p></div>",
    )
    _fixture(base / "wikipedia-2", "<html><body>y</body></html>", {"title": "Ferry"}, "")
    dated = {"title": "Test", "publishedTime": "2020-01-02"}
    _fixture(base / "001", "<html><body>z</body></html>", dated, "")
    pages = {p.parent.name: t for _s, p, t in qe.readability_pages(tmp_path / "readability")}
    assert pages["wikipedia"]["url"] == "https://en.wikipedia.org/wiki/Bridge"
    assert pages["wikipedia"]["body"] == "One.\n\nTwo three."
    assert pages["wikipedia-2"]["url"] == "http://wikipedia.org/wikipedia-2"  # the site its name names
    assert pages["wikipedia-2"]["body"] is None
    assert (pages["001"]["url"], pages["001"]["published"]) == ("http://001.invalid/001", "2020-01-02")


def test_goose_pages_drop_made_up_hosts_and_take_the_text_opening(tmp_path: Path) -> None:
    qe = _bench()
    content = tmp_path / "goose" / "tests" / "data" / "content"
    content.mkdir(parents=True)
    text = "The council met on Tuesday to discuss the bridge. " * 4
    for name, url in (("real", "http://www.dailyexample.co.uk/story"), ("fake", "http://example.com/x")):
        (content / f"{name}.html").write_text(PAGE.format(name), "utf-8")
        entry = {"url": url, "expected": {"cleaned_text": text + "\n\nMore.", "title": "Bridge"}}
        (content / f"{name}.json").write_text(json.dumps(entry), "utf-8")
    pages = list(qe.goose_pages(tmp_path / "goose"))
    assert [p.stem for _s, p, _t in pages] == ["real"]
    snippet = pages[0][2]["extra"]["body_must_contain"][0]
    assert text.startswith(snippet) and 20 <= len(snippet) <= 120 and not snippet.endswith(" ")
    assert pages[0][2]["title"] == "Bridge"


MERCURY_TEST = """
describe('ExampleExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'https://www.dailyexample.co.uk/2019/04/bridge';
      const html = fs.readFileSync('./fixtures/www.dailyexample.co.uk.html');
      result = Mercury.parse(url, { html, fallback: false });
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(title, 'Bridge repairs: it\\'s ' + `"June"`);
    });
    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, 'Jane Doe');
    });
    it('returns the date_published', async () => {
      const { date_published } = await result;
      assert.equal(date_published, '2019-04-04T15:00:00.000Z');
    });
  });
  describe('a second page', () => {
    beforeAll(() => {
      const url = 'https://www.dailyexample.co.uk/other';
      const html = fs.readFileSync('./fixtures/../../outside.html');
      result = Mercury.parse(url, { html, fallback: false });
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(title, 'Escaped');
    });
  });
  describe('a third page', () => {
    beforeAll(() => {
      const url = 'https://www.dailyexample.co.uk/third';
      const html = fs.readFileSync('./fixtures/third.html');
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(title, `Third`);
    });
    it('returns the date_published', async () => {
      const { date_published } = await result;
      assert.equal(date_published, null);
    });
  });
});
"""


def test_mercury_pages_read_each_case_and_put_back_the_meta_content(tmp_path: Path) -> None:
    qe = _bench()
    root = tmp_path / "parser"
    site = root / "src" / "extractors" / "custom" / "www.dailyexample.co.uk"
    site.mkdir(parents=True)
    (site / "index.test.js").write_text(MERCURY_TEST, "utf-8")
    (site / "index.js").write_text("date_published: { selectors: [], timezone: 'Asia/Tokyo' },", "utf-8")
    (root / "fixtures").mkdir()
    for name in ("www.dailyexample.co.uk.html", "third.html"):
        (root / "fixtures" / name).write_text(PAGE.format(name), "utf-8")
    (tmp_path / "outside.html").write_text(PAGE.format("outside"), "utf-8")
    pages = {p.name: t for _s, p, t in qe.mercury_pages(root)}
    assert sorted(pages) == ["third.html", "www.dailyexample.co.uk.html"]  # nothing outside fixtures/
    first = pages["www.dailyexample.co.uk.html"]
    assert first["title"] == "Bridge repairs: it's \"June\""
    # the UTC instant as the wall time of the zone the site's rules declare: the Tokyo page's own day
    assert first["published"] == "2019-04-05T00:00:00+09:00"
    assert first["extra"]["author"] == "Jane Doe"
    assert (pages["third.html"]["title"], pages["third.html"]["published"]) == ("Third", None)
    renamed = b'<meta name="og:title" value="A"><meta content="B" value="x" name="c"><p value="y">'
    assert qe.restore_meta(renamed) == renamed.replace(b'" value="A', b'" content="A', 1)


def _fundus_case(
    folder: Path, publisher: str, days: list[str], versions: dict[str, dict[str, object]]
) -> None:
    import gzip

    folder.mkdir(parents=True, exist_ok=True)
    meta = {}
    for day in days:
        name = f"{publisher}_{day}.html.gz"
        (folder / name).write_bytes(gzip.compress(PAGE.format(f"{publisher} {day}").encode()))
        meta[name] = {"url": f"https://www.{publisher.lower()}.example.org/{day}", "crawl_date": day}
    info = folder / "meta.info"
    old = json.loads(info.read_text("utf-8")) if info.is_file() else {}
    info.write_text(json.dumps(old | meta), "utf-8")
    (folder / f"{publisher}.json").write_text(json.dumps(versions), "utf-8")


def test_fundus_pages_pair_versions_with_pages_in_crawl_order(tmp_path: Path) -> None:
    qe = _bench()
    root = tmp_path / "fundus"
    data = root / "tests" / "resources" / "parser" / "test_data"
    body = {"summary": ["Lead."], "sections": [{"headline": ["Part"], "paragraphs": ["One.", "Two."]}]}
    _fundus_case(data / "de", "Blatt", ["2024_05_01", "2023_01_02", "2025_07_03"], {
        "V2": {"title": "Second", "publishing_date": "2024-05-01 08:00:00+02:00", "body": body},
        "V1_1": {"title": "First", "publishing_date": "2023-01-02 00:00:00+00:00", "body": body},
        "V10": {"title": "Third", "publishing_date": "2025-07-03 09:00:00", "body": {}},
    })
    # a publisher whose versions and pages do not pair one to one is left out, not guessed at
    _fundus_case(data / "de", "Odd", ["2024_01_01"], {"V1": {"title": "A"}, "V2": {"title": "B"}})
    pages = [(p.name, t) for _s, p, t in qe.fundus_pages(root)]
    assert [(name, t["title"]) for name, t in pages] == [
        ("Blatt_2023_01_02.html.gz", "First"), ("Blatt_2024_05_01.html.gz", "Second"),
        ("Blatt_2025_07_03.html.gz", "Third")]  # V1_1 < V2 < V10: numbers, not strings
    first = pages[0][1]
    assert first["url"] == "https://www.blatt.example.org/2023_01_02"
    assert first["published"] == "2023-01-02 00:00:00+00:00"
    assert first["body"] == "Lead.\n\nPart\n\nOne.\n\nTwo."
    assert pages[2][1]["body"] is None
    written = qe.write_folders([("fundus_parser", data / "de" / "Blatt_2023_01_02.html.gz", first)],
                               tmp_path / "out", set())
    assert written == {"fundus_parser": 1}
    html = next((tmp_path / "out" / "fundus_parser").glob("Blatt_2023_01_02-*.html"))
    assert html.read_text("utf-8") == PAGE.format("Blatt 2023_01_02")  # stored unzipped


def test_fundus_truths_become_clean_records_with_their_pages_and_unique_ids(tmp_path: Path) -> None:
    accuracy = bench_modules.load("checks_accuracy")
    data = tmp_path / "fundus" / "tests" / "resources" / "parser" / "test_data"
    body = {"summary": [], "sections": [{"headline": [], "paragraphs": ["One.", "Two."]}]}
    _fundus_case(data / "de", "Blatt", ["2024_05_01", "2025_01_02"], {
        "V1": {"title": " First ", "publishing_date": "2024-05-01 08:00:00+02:00", "body": body},
        "V2": {"title": "Second", "publishing_date": "2025-01-02 00:00:00+00:00", "body": body},
    })
    meta = data / "de" / "meta.info"  # both pages saved from one address, as taz.de's two versions are
    info = json.loads(meta.read_text("utf-8"))
    for entry in info.values():
        entry["url"] = "https://www.blatt.example.org/story"
    meta.write_text(json.dumps(info), "utf-8")
    cases = accuracy.fundus_cases(tmp_path / "fundus")
    first_id = cases[0].page_id
    assert first_id.startswith("example.org/story-") and cases[1].page_id == first_id + "-v2"
    first = cases[0]
    assert (first.record["title"], first.record["body"]) == ("First", "One.\n\nTwo.")
    assert first.record["published"] == "2024-05-01T08:00:00+02:00"
    assert first.html is not None and "Blatt 2024_05_01" in first.html
