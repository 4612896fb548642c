"""capture.cassette: the ``harness`` serializer keeps bodies byte-exact and readable, and vcrpy reads it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import httpx
import pytest

from harness.capture import cassette

BODIES: dict[str, bytes] = {
    "lf": b"<html>\n<body>\n<p>Harbour news</p>\n</body>\n</html>\n",
    "crlf": b"<html>\r\n<body>\r\n<p>Harbour news</p>\r\n</body>\r\n</html>\r\n",
    "mixed-newlines": b"<p>a</p>\r\n<p>b</p>\n<p>c</p>\r<p>d</p>",
    "trailing-spaces": b"<p>line with trailing   \n<p>next \n",
    "tabs": b"<div>\n\t<p>\tindented with tabs</p>\n</div>\n",
    "no-final-newline": b"<p>one</p>\n<p>two</p>",
    "leading-blank-and-indent": b"\n\n   <p>indented first line</p>\n\n\n",
    "windows-1251": "<p>Новости дня: мост открыт</p>\n".encode("cp1251"),
    "shift-jis": "<p>今日のニュース：橋が再開</p>\n".encode("shift_jis"),
    "utf8-bom": "\ufeff<p>with a byte order mark</p>\n".encode(),
    "emoji-and-nbsp": "<p>Good\xa0news 🎉\u3000today\u2028!</p>\n".encode(),
    "control-chars": b"<p>bell\x07 escape\x1b del\x7f</p>\n",
    "binary": bytes(range(256)) * 3,
    "empty": b"",
    "yaml-lookalike": b"- item\n---\n...\n# not a comment\nkey: value\n",
    "number-like": b"12345",
}


def _cassette(body: bytes, content_type: str = "text/html") -> dict[str, Any]:
    return {
        "interactions": [
            cassette.interaction(
                "http://daily-harbor.example/x", body, headers={"Content-Type": [content_type]}
            )
        ]
    }


def _round_trip(body: bytes) -> bytes:
    data = cassette.deserialize(cassette.serialize(_cassette(body)))
    out = data["interactions"][0]["response"]["body"]["string"]
    assert isinstance(out, bytes)
    return out


@pytest.mark.parametrize("name", sorted(BODIES))
def test_body_round_trips_byte_exact(name: str) -> None:
    assert _round_trip(BODIES[name]) == BODIES[name]


@pytest.mark.parametrize("name", sorted(BODIES))
def test_file_round_trip_byte_exact(name: str, tmp_path: Path) -> None:
    path = tmp_path / "site" / f"{name}.yaml"
    cassette.write(path, _cassette(BODIES[name])["interactions"], {"url": "http://daily-harbor.example/x"})
    assert cassette.load(path).primary_response().body == BODIES[name]


def test_clean_utf8_text_is_a_literal_block() -> None:
    text = cassette.serialize(_cassette("<p>Ünïcödé news\xa0today</p>\n<p>日本語</p>\n".encode()))
    assert "string: |\n" in text and "      <p>日本語</p>\n" in text


def test_long_single_line_page_is_a_block_too() -> None:
    text = cassette.serialize(_cassette(b"<html>" + b"<p>news</p>" * 100 + b"</html>"))
    assert "string: |-\n" in text


def test_crlf_text_is_one_literal_block_with_its_newline() -> None:
    text = cassette.serialize(_cassette(BODIES["crlf"]))
    assert "lines:" not in text and 'newline: "\\r\\n"' in text
    assert "string: |2\n" in text and "\n        <p>Harbour news</p>\n" in text


@pytest.mark.parametrize("name", ["tabs", "trailing-spaces", "leading-blank-and-indent"])
def test_what_libyaml_refuses_is_still_a_literal_block(name: str) -> None:
    text = cassette.serialize(_cassette(BODIES[name]))
    assert "lines:" not in text and "string: |2" in text


def test_mixed_line_ends_name_the_crlf_lines() -> None:
    body = b"<p>a</p>\r\n<p>b</p>\r\n<p>c</p>\n<p>d</p>\r\n<p>e</p>\n"
    text = cassette.serialize(_cassette(body))
    assert 'crlf: 0-1,3' in text and "lines:" not in text
    assert _round_trip(body) == body


@pytest.mark.parametrize("value", ["0-999999999999", "x,-,5-2,3-4,1-2", "", "7"])
def test_a_hostile_crlf_value_decodes_quickly_and_safely(value: str) -> None:
    body = cassette.decode_body({"string": "a\nb\nc\n", "crlf": value})
    assert body.replace(b"\r", b"") == b"a\nb\nc\n"


def test_other_charsets_are_stored_decoded() -> None:
    text = cassette.serialize(_cassette(BODIES["windows-1251"], "text/html; charset=windows-1251"))
    assert "Новости дня" in text and "charset: cp1251" in text
    text = cassette.serialize(_cassette(BODIES["shift-jis"], "text/html; charset=Shift_JIS"))
    assert "今日のニュース" in text and ("charset: shift_jis" in text or "charset: cp932" in text)


def test_binary_stays_binary() -> None:
    assert "!!binary" in cassette.serialize(_cassette(BODIES["binary"]))


def test_random_text_round_trips() -> None:
    pieces = [
        "a",
        " ",
        "  ",
        "\n",
        "\r",
        "\r\n",
        "\t",
        "é",
        "\xa0",
        "\u3000",
        "日本",
        "🎉",
        "\x00",
        "\x85",
        "\u2028",
        "\ufeff",
        "#",
        "- ",
        "---",
        ": ",
        "'",
        '"',
        "|",
        ">",
        "\\",
        "\x7f",
        "\ue000",
    ]
    rng = random.Random(20250304)
    for _ in range(3000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))).encode()
        assert _round_trip(body) == body, body


@pytest.mark.parametrize("name", ["lf", "crlf", "tabs", "emoji-and-nbsp", "leading-blank-and-indent"])
def test_a_file_saved_with_crlf_line_ends_loads_the_same(name: str, tmp_path: Path) -> None:
    """The file's bytes go to libyaml as they are (no text decoding first): a cassette that an editor or
    git saved with CRLF line ends still gives the same bodies, as it did when read as text."""
    path = tmp_path / "site" / f"{name}.yaml"
    cassette.write(path, _cassette(BODIES[name])["interactions"], {"url": "http://daily-harbor.example/x"})
    lf = cassette.load(path, cache=False).data
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert cassette.load(path, cache=False).data == lf


def test_a_file_that_is_not_utf8_is_a_cassette_error(tmp_path: Path) -> None:
    path = tmp_path / "site" / "x.yaml"
    cassette.write(path, _cassette(BODIES["lf"])["interactions"], {"url": "http://daily-harbor.example/x"})
    text = path.read_text(encoding="utf-8")
    for raw in (text.replace("Harbour", "Harb\xf6ur").encode("latin-1"), text.encode("utf-16")):
        path.write_bytes(raw)
        with pytest.raises(cassette.CassetteError, match=r"x\.yaml"):
            cassette.load(path, cache=False)


def test_garbage_is_a_cassette_error(tmp_path: Path) -> None:
    for text in ("{unclosed: [", "just a string", "interactions: 3"):
        path = tmp_path / "bad.yaml"
        path.write_text(text)
        with pytest.raises(cassette.CassetteError, match=r"bad\.yaml"):
            cassette.load(path)


def test_vcrpy_replays_a_harness_cassette(tmp_path: Path) -> None:
    import vcr

    path = tmp_path / "daily-harbor.example" / "x.yaml"
    body = BODIES["windows-1251"]
    interaction = cassette.interaction(
        "http://daily-harbor.example/x", body, headers={"Content-Type": ["text/html; charset=windows-1251"]}
    )
    cassette.write(path, [interaction], {"url": "http://daily-harbor.example/x", "how": "import"})
    replayer = vcr.VCR(serializer="harness", record_mode="none")
    replayer.register_serializer("harness", cassette)
    with replayer.use_cassette(str(path)), httpx.Client() as client:
        response = client.get("http://daily-harbor.example/x")
    assert response.content == body
    assert response.text == "<p>Новости дня: мост открыт</p>\n"


def test_missing_libyaml_is_said_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "a.example" / "x.yaml"
    cassette.write(
        path, [cassette.interaction("https://a.example/x", b"<p>x</p>")], {"url": "https://a.example/x"}
    )
    monkeypatch.setattr(cassette, "LIBYAML", False)
    cassette._warn_if_slow.cache_clear()
    with pytest.warns(cassette.SlowYamlWarning, match="40x slower"):
        cassette.load(path)
    cassette._warn_if_slow.cache_clear()


def test_discover_takes_a_cassette_folder_a_site_folder_or_a_file(tmp_path: Path) -> None:
    for site, slug in [("a.example", "one"), ("a.example", "two"), ("b.example", "three")]:
        url = f"https://{site}/{slug}"
        cassette.write(
            tmp_path / site / f"{slug}.yaml", [cassette.interaction(url, b"<p>x</p>")], {"url": url}
        )
    assert [r.id for r in cassette.discover(tmp_path)] == [
        "a.example/one",
        "a.example/two",
        "b.example/three",
    ]
    assert [r.id for r in cassette.discover(tmp_path / "a.example")] == ["a.example/one", "a.example/two"]
    assert [r.id for r in cassette.discover(tmp_path / "b.example" / "three.yaml")] == ["b.example/three"]
    assert cassette.discover(tmp_path / "nowhere") == []


def test_a_load_without_the_cache_neither_reads_nor_fills_it(tmp_path: Path) -> None:
    path = tmp_path / "page.yaml"
    interaction = {
        "request": {"method": "GET", "uri": "https://harbor.example/", "body": None, "headers": {}},
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": {"Content-Type": ["text/html"]},
            "body": {"string": BODIES["lf"]},
        },
    }
    cassette.write(path, [interaction], {"url": "https://harbor.example/"})
    cassette._cache.clear()
    first, second = cassette.load(path, cache=False), cassette.load(path, cache=False)
    assert first is not second and not cassette._cache
    assert first.primary_response().body == BODIES["lf"]
    assert cassette.load(path) is cassette.load(path) and len(cassette._cache) == 1
