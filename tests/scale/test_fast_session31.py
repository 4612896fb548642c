"""Session 31's speed-ups change no finding: the title's shared words and the off-topic rule's tokens are
looked for in the body's remembered squashes instead of a fold of their own, with the same answers as the
code they replace (kept here as written before) on the corpus's bodies and their garbled copies, distinct
records, bodies of unrelated lines, hostile texts and texts holding every block of code points."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from bench import scale_data
from harness.checks import offtopic, text
from harness.checks.text import joined, lines, tokens
from tests.scale.test_fast_session26 import _bodies
from tests.scale.test_fast_session27 import _hostile
from tests.scale.test_fast_session29 import _shuffled


def _shares_token_before(wanted: set[str], body: str) -> bool:
    if not wanted:
        return False
    if any(tok in wanted for tok in text._token_stream(body.partition("\n")[0])):
        return True
    flat = unicodedata.normalize("NFKC", body).casefold()
    if not any(tok in flat for tok in wanted):
        return False
    return any(tok in wanted for line in body.split("\n") for tok in text._token_stream(line))


class _WordsBefore(offtopic._Words):
    def folded(self) -> list[str]:
        if self._folded is None:
            raw = self.joined
            folded = raw.lower() if raw.isascii() else unicodedata.normalize("NFKC", raw).casefold()
            self._folded = folded.split("\n")
            self._text = folded
        return self._folded


@pytest.fixture(scope="module")
def bodies(corpus_dir: Path, texts: list[str]) -> list[str]:
    rng = random.Random(31)
    pool = [t for t in texts if t.strip()]
    out = _bodies(corpus_dir, texts) + _shuffled(rng, pool, 300)
    out += _hostile(rng, sorted({w for t in pool[:2000] for w in t.split() if len(w) > 3}))
    out += [scale_data.record(corpus_dir, i)["body"] for i in range(0, 400, 3)]
    return out


def test_shares_token_same_on_the_squashes(bodies: list[str], corpus_dir: Path) -> None:
    titles = [t["title"] for t in scale_data.truths(corpus_dir) if t.get("title")]
    titles += [line for body in bodies[::7] for line in lines(body)[:2]]  # a body's own words, and others'
    rng = random.Random(7)
    folded = 0
    for body in bodies:
        for title in rng.sample(titles, 4):
            wanted = tokens(title)
            assert text.shares_token(wanted, body) == _shares_token_before(wanted, body), (title, body[:200])
            first = text._token_stream(body.partition("\n")[0])
            folded += bool(wanted) and not any(t in wanted for t in first)
    assert folded > 1000  # the path that normalises the body was taken


def test_squash_body_remembered_is_the_same() -> None:
    body = "Ünïcode line one\n\n  ΟΔΟΣ ΣΊΣΥΦΟΣ \r\nﬁnal ẞ line"
    assert text.squash_body(body) == text.squash_body(body) == text._squash_body.__wrapped__(body)
    big = "ẞ line\n" * 20_000  # past the bodies remembered
    assert text.squash_body(big) == text._squash_body.__wrapped__(big)


def test_off_topic_words_same_on_the_squashes(bodies: list[str]) -> None:
    asked = 0
    for body in bodies:
        body_lines = lines(body)
        if len(body_lines) < 2 or len(body_lines) > 80:
            continue
        title = body_lines[0][:80]
        new = offtopic._Words(body_lines, title, joined(body))
        old = _WordsBefore(body_lines, title, joined(body))
        for i in range(len(body_lines)):
            for share, near in ((0.0, 0), (0.0, offtopic._NEAR), (offtopic._SHARED, offtopic._NEAR)):
                if new.of(i):
                    asked += 1
                    same = new.shared(i, share, near) == old.shared(i, share, near)
                    assert same, (body_lines[i], body[:200])
                    tok = next(iter(new.of(i)))
                    assert new._in_another(tok, i) == old._in_another(tok, i)
    assert asked > 20_000


def test_off_topic_lines_the_same(bodies: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {}
    for body in bodies:
        found[body] = offtopic.off_topic_lines(lines(body), body[:60], joined(body))
    monkeypatch.setattr(offtopic, "_Words", _WordsBefore)
    flagged = 0
    for body in bodies:
        before = offtopic.off_topic_lines(lines(body), body[:60], joined(body))
        assert found[body] == before, body[:200]
        flagged += bool(before)
    assert flagged > 20
