"""Parsed cassettes kept between runs (harness.capture.parsed): read back identical, never stale, never
trusted when damaged, off when asked, and pruned least recently used first."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from harness.capture import cassette, parsed

PAGE = "<html><body><p>Die Brücke ist wieder offen.</p>\r\n<p>Trailing space </p>\ttab</body></html>"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HARNESS_CACHE_DIR", str(folder))
    return folder / parsed.VERSION


def _cassette(root: Path, slug: str, body: bytes) -> Path:
    path = root / "harbor.example" / f"{slug}.yaml"
    url = f"https://harbor.example/{slug}"
    interactions = [
        cassette.interaction(url, body, headers={"Content-Type": ["text/html; charset=utf-8"]}),
        cassette.interaction(url + "/logo", b"\x89PNG\r\n\x1a\n\x00\xff", headers={"X-N": ["1", "2"]}),
    ]
    cassette.write(path, interactions, {"url": url, "recorded_at": "2025-03-05T00:00:00Z", "how": "import"})
    return path


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.nhpc")) if cache.exists() else []


def test_a_second_load_reads_the_kept_parse_and_gives_the_same_data(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _cassette(tmp_path, "bridge", PAGE.encode("utf-8"))
    first = cassette.load(path, cache=False)
    assert len(_entries(cache)) == 1

    def no_yaml(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(cassette, "deserialize", no_yaml)
    second = cassette.load(path, cache=False)
    assert second.data == first.data
    assert second.primary_response().body == PAGE.encode("utf-8")
    assert second.interactions[1]["response"]["body"]["string"] == b"\x89PNG\r\n\x1a\n\x00\xff"


def test_an_edited_cassette_is_parsed_again(tmp_path: Path, cache: Path) -> None:
    path = _cassette(tmp_path, "bridge", b"<p>old text</p>")
    assert cassette.load(path, cache=False).primary_response().body == b"<p>old text</p>"
    path.write_bytes(path.read_bytes().replace(b"old text", b"new text"))
    assert cassette.load(path, cache=False).primary_response().body == b"<p>new text</p>"
    assert len(_entries(cache)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data + b"x",  # padded
        lambda data: b"garbage" + data,  # no magic
        lambda data: data.replace(b'{"\\u0000blob":', b'{"\\u0000blob":9', 1),  # a blob past the end
        lambda data: data[:6] + b"9" * 12 + data[18:],  # a JSON length past the end
    ],
)
def test_a_damaged_entry_is_a_miss_and_is_written_again(tmp_path: Path, cache: Path, damage: object) -> None:
    path = _cassette(tmp_path, "bridge", PAGE.encode("utf-8"))
    expected = cassette.load(path, cache=False).data
    (entry,) = _entries(cache)
    good = entry.read_bytes()
    damaged = damage(good)  # type: ignore[operator]
    assert damaged != good
    entry.write_bytes(damaged)
    assert cassette.load(path, cache=False).data == expected
    assert entry.read_bytes() == good


def test_a_body_over_this_runs_limit_is_refused_from_the_kept_parse_too(tmp_path: Path, cache: Path) -> None:
    path = _cassette(tmp_path, "big", b"x" * 5000)
    cassette.load(path, cache=False)
    assert _entries(cache)
    with pytest.raises(cassette.CassetteTooLarge, match="over the limit"):
        cassette.load(path, max_body=1000, cache=False)


def test_what_json_would_not_give_back_is_not_kept() -> None:
    for value in (
        {1: "int key"},
        {"a": {1, 2}},
        {"a": (1, 2)},
        {"when": dt.date(2025, 1, 1)},
        {"headers": {"\x00blob": 0}},  # the blob marker's own key: read back, it would be bytes
    ):
        with pytest.raises(TypeError):
            parsed._encode(value)
    kept = {"a": [1, 2.5, True, None, "ü", b"\x00\xff", {"b": b""}], "n": float("inf")}
    assert parsed._decode(parsed._encode(kept)) == kept


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARNESS_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    cassette.load(_cassette(tmp_path, "bridge", b"<p>text</p>"), cache=False)
    assert parsed.directory() is None
    assert not [p for p in tmp_path.rglob("*") if p.suffix == ".nhpc"]


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HARNESS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert parsed.directory() == tmp_path / "xdg" / "news-harness" / "cassettes" / parsed.VERSION


def test_the_prune_removes_the_entries_unused_longest(tmp_path: Path, cache: Path) -> None:
    paths = [_cassette(tmp_path, f"page{i}", f"<p>page {i} {'x' * 3000}</p>".encode()) for i in range(4)]
    for path in paths:
        cassette.load(path, cache=False)
    entry = {i: next(cache.rglob(f"{parsed.key(p.read_bytes())}.nhpc")) for i, p in enumerate(paths)}
    for i, path in entry.items():
        os.utime(path, (1_000_000 + i, 1_000_000 + i))  # page0 used longest ago ... page3 last
    cassette.load(paths[0], cache=False)  # used again: now the newest
    sizes = {i: path.stat().st_size for i, path in entry.items()}
    assert len(set(sizes.values())) == 1
    assert parsed.prune(cache, 2 * sizes[0]) == 2
    assert [i for i, path in entry.items() if path.exists()] == [0, 3]


def test_the_folder_is_pruned_at_most_once_a_day(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(3):
        cassette.load(_cassette(tmp_path, f"page{i}", f"<p>page {i}</p>".encode()), cache=False)
    monkeypatch.setenv("HARNESS_CACHE_MAX_MB", "0")
    now = 2_000_000_000.0
    assert parsed.prune_due(now) == 3 and not _entries(cache)
    cassette.load(_cassette(tmp_path, "late", b"<p>late</p>"), cache=False)
    os.utime(cache / ".pruned", (now, now))
    assert parsed.prune_due(now + 3600) == 0 and len(_entries(cache)) == 1
    assert parsed.prune_due(now + parsed.PRUNE_EVERY + 1) == 1
