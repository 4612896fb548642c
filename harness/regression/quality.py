"""Quality against ground truth: per-page scores and their aggregates per site, per source, overall.

Per page (:func:`score`), only metrics whose ground truth exists are present:

``body.token``
    Bag-of-tokens precision / recall / F1. Tokens are case-folded NFKC words; in scripts written without
    spaces (Han, kana, Thai, Lao, Khmer, Myanmar) every character is a token, so CJK and Thai are scored
    on characters instead of on whole sentences glued together.
``body.shingle``
    The method of scrapinghub/article-extraction-benchmark: tokens are ``\\w+`` runs (as written, case
    kept); a text is the multiset of its 4-token shingles (a text under four tokens is one shingle).
    ``tp``/``fp``/``fn`` count shingles in both / only the extraction / only the truth, divided by their sum
    so every page weighs the same. Precision is 1 when ``fp == fn == 0``, 0 when ``tp == fp == 0``, else
    ``tp / (tp + fp)``; recall likewise. Over many pages (:func:`aggregate`), precision is the mean over pages
    with ``tp + fp > 0``, recall the mean over pages with ``tp + fn > 0``, and F1 their harmonic mean.
``title``
    ``exact`` (equal after stripping) and ``normalised`` (case, punctuation and whitespace ignored, and a
    site name after or before a ``|``, ``-``, ``:``... separator allowed on either side).
``published``
    Same calendar day as the truth, read as written (the truth's own offset decides the day when both
    sides carry one). Truth dates are strings as given: ``2022-11-1``, ISO with or without an offset.
``snippets``
    ``extra.body_must_contain`` / ``extra.body_must_not_contain``: which snippets the body holds
    (whitespace-insensitive).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from harness.dates import ParsedDate, parse_date
from harness.model import PageResult

__all__ = ["SHINGLE_N", "aggregate", "score", "shingle_counts", "source_name", "token_prf", "tokens"]

SHINGLE_N = 4

#: Ground-truth repositories known by a shorter name (the folder names of ../shared/corpus).
SOURCE_ALIASES: Mapping[str, str] = {
    "scrapinghub/article-extraction-benchmark": "zyte_aeb",
    "adbar/trafilatura": "trafilatura_eval",
    "AndyTheFactory/newspaper4k": "newspaper4k",
}

_NO_SPACE_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x2FA1F),  # CJK extensions B..
)
_SHINGLE_TOKEN = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]+\s+|\s*[｜|]\s*|\s*[：]\s*")

Prf = dict[str, float]


# --------------------------------------------------------------------------- tokens


@lru_cache(maxsize=4096)
def _kind(ch: str) -> str:
    """``s`` for a character of a script without spaces, ``w`` for other word characters, ``.`` else."""
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in _NO_SPACE_RANGES) and unicodedata.category(ch)[0] in "LMN":
        return "s"
    return "w" if unicodedata.category(ch)[0] in "LMN" else "."


class _Kinds(dict[int, str]):
    """Code point -> :func:`_kind`, filled on first sight (``str.translate`` calls back only on a miss)."""

    def __missing__(self, code: int) -> str:
        kind = self[code] = _kind(chr(code))
        return kind


_KINDS = _Kinds()


class _Spaced(dict[int, str]):
    """Code point -> the text :func:`tokens` splits: a word character as it is, a character of a script
    without spaces between spaces (a token of its own), anything else a space. No word character is a space
    to ``str.split`` (those are all of categories Z and C), so the split yields exactly the tokens."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        kind = _KINDS[code]
        spaced = self[code] = ch if kind == "w" else f" {ch} " if kind == "s" else " "
        return spaced


_SPACED = _Spaced()


def tokens(text: str | None) -> list[str]:
    """Case-folded word tokens in any language (see the module doc): runs of word characters, and each
    character of a script without spaces on its own. The text is mapped character by character with
    ``str.translate`` and split, so no Python code runs per character (:class:`_Spaced`)."""
    if not text:
        return []
    return unicodedata.normalize("NFKC", text).casefold().translate(_SPACED).split()


def _tokens_per_character(text: str | None) -> list[str]:
    """The per-character definition :func:`tokens` must equal (kept for its test)."""
    if not text:
        return []
    out: list[str] = []
    word: list[str] = []
    for ch in unicodedata.normalize("NFKC", text).casefold():
        kind = _kind(ch)
        if kind == "w":
            word.append(ch)
            continue
        if word:
            out.append("".join(word))
            word = []
        if kind == "s":
            out.append(ch)
    if word:
        out.append("".join(word))
    return out


def _prf(tp: float, n_pred: float, n_true: float) -> Prf:
    precision = tp / n_pred if n_pred else (1.0 if not n_true else 0.0)
    recall = tp / n_true if n_true else (1.0 if not n_pred else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def token_prf(predicted: str | None, truth: str | None) -> Prf:
    """Bag-of-tokens precision, recall and F1 of ``predicted`` against ``truth``."""
    pred, true = Counter(tokens(predicted)), Counter(tokens(truth))
    tp = sum((pred & true).values())
    return _prf(tp, sum(pred.values()), sum(true.values()))


# --------------------------------------------------------------------------- shingles


def _shingles(text: str | None) -> Counter[tuple[str, ...]]:
    toks = _SHINGLE_TOKEN.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < SHINGLE_N:
        return Counter([tuple(toks)])
    # each run of SHINGLE_N tokens, as a tuple (zip stops at the shortest: the last full run)
    return Counter(zip(*(toks[i:] for i in range(SHINGLE_N)), strict=False))


def shingle_counts(predicted: str | None, truth: str | None) -> tuple[float, float, float]:
    """``(tp, fp, fn)`` over 4-token shingles, divided by their sum (all zero when both texts are empty)."""
    pred, true = _shingles(predicted), _shingles(truth)
    common = sum((pred & true).values())  # min(p, t) per shingle; max(p - t, 0) is p - min(p, t)
    tp, fp, fn = float(common), float(pred.total() - common), float(true.total() - common)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingle_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _shingle_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def shingle_score(predicted: str | None, truth: str | None) -> dict[str, float]:
    tp, fp, fn = shingle_counts(predicted, truth)
    precision, recall = _shingle_precision(tp, fp, fn), _shingle_recall(tp, fp, fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def shingle_aggregate(counts: Iterable[tuple[float, float, float]]) -> Prf | None:
    """The benchmark's corpus-level precision, recall and F1 from per-page ``(tp, fp, fn)``."""
    counts = list(counts)
    precisions = [_shingle_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_shingle_recall(*c) for c in counts if c[0] + c[2] > 0]
    if not counts:
        return None
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


# --------------------------------------------------------------------------- title, date, snippets


def _title_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in text)
    return _SPACES.sub(" ", kept).strip()


def _title_variants(title: str) -> set[str]:
    """The title, and the title without a first or last separator-delimited part (a site name)."""
    parts = [p for p in _TITLE_SEPARATORS.split(title.strip()) if p.strip()]
    variants = {_title_key(title)}
    if len(parts) > 1:
        variants.add(_title_key(" ".join(parts[:-1])))
        variants.add(_title_key(" ".join(parts[1:])))
    return {v for v in variants if v}


def title_match(actual: str | None, expected: str) -> dict[str, Any]:
    if not actual:
        return {"exact": False, "normalised": False, "expected": expected, "actual": actual}
    exact = actual.strip() == expected.strip()
    normalised = exact or bool(_title_variants(actual) & _title_variants(expected))
    return {"exact": exact, "normalised": normalised, "expected": expected, "actual": actual}


def _day_in(parsed: ParsedDate, zone_of: ParsedDate) -> datetime | None:
    """``parsed`` moved to the offset of ``zone_of`` when both carry one."""
    value, other = parsed.value, zone_of.value
    if (parsed.has_tz and zone_of.has_tz and isinstance(value, datetime) and isinstance(other, datetime)
            and value.tzinfo is not None and other.tzinfo is not None):
        return value.astimezone(other.tzinfo)
    return None


def date_match(actual: str | None, expected: str) -> dict[str, Any]:
    out: dict[str, Any] = {"match": False, "expected": expected, "actual": actual}
    want = parse_date(expected)
    got = parse_date(actual) if actual else None
    if want is None:
        out["error"] = f"ground-truth date {expected!r} is not a date"
        return out
    if got is None:
        return out
    moved = _day_in(got, want)
    out["match"] = (moved.date() if moved is not None else got.day) == want.day
    return out


def _squash(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def snippet_hits(body: str | None, must: Sequence[str], must_not: Sequence[str]) -> dict[str, Any]:
    text = _squash(body or "")
    out: dict[str, Any] = {}
    if must:
        missing = [s for s in must if _squash(s) not in text]
        out["must_contain"] = {"total": len(must), "hits": len(must) - len(missing), "missing": missing}
    if must_not:
        found = [s for s in must_not if _squash(s) in text]
        out["must_not_contain"] = {"total": len(must_not), "hits": len(found), "found": found}
    return out


# --------------------------------------------------------------------------- per page


def source_name(truth: Mapping[str, Any]) -> str | None:
    """Short name of the ground truth's origin: ``owner/repo@commit`` -> alias or ``repo``."""
    raw = truth.get("source") or truth.get("source_dataset")
    if not isinstance(raw, str) or not raw:
        return None
    repo = raw.split("@", 1)[0]
    return SOURCE_ALIASES.get(repo, repo.rsplit("/", 1)[-1])


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def score(record: Mapping[str, Any] | None, truth: Mapping[str, Any]) -> dict[str, Any] | None:
    """Score one page; ``None`` when the truth holds nothing to score against. No record scores as empty."""
    record = record or {}
    body = record.get("body") if isinstance(record.get("body"), str) else None
    out: dict[str, Any] = {}
    if isinstance(truth.get("body"), str):
        out["body"] = {"token": token_prf(body, truth["body"]), "shingle": shingle_score(body, truth["body"])}
    if isinstance(truth.get("title"), str) and truth["title"].strip():
        title = record.get("title")
        out["title"] = title_match(title if isinstance(title, str) else None, truth["title"])
    if isinstance(truth.get("published"), str) and truth["published"].strip():
        published = record.get("published")
        out["published"] = date_match(published if isinstance(published, str) else None, truth["published"])
    extra: Mapping[str, Any] = truth["extra"] if isinstance(truth.get("extra"), Mapping) else {}
    snippets = snippet_hits(body, _strings(extra.get("body_must_contain")),
                            _strings(extra.get("body_must_not_contain")))
    if snippets:
        out["snippets"] = snippets
    if not out:
        return None
    out["source"] = source_name(truth)
    out["has_record"] = bool(record)
    return out


# --------------------------------------------------------------------------- aggregates


def _mean(values: Sequence[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def _group(scores: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Aggregate metrics over the scored pages of one group; absent metrics are left out."""
    bodies = [s["body"] for s in scores if "body" in s]
    titles = [s["title"] for s in scores if "title" in s]
    dates = [s["published"] for s in scores if "published" in s]
    snippets = [s.get("snippets", {}) for s in scores]
    must = [s["must_contain"] for s in snippets if "must_contain" in s]
    must_not = [s["must_not_contain"] for s in snippets if "must_not_contain" in s]
    out: dict[str, Any] = {"pages": len(scores)}
    if bodies:
        shingle = shingle_aggregate(
            (b["shingle"]["tp"], b["shingle"]["fp"], b["shingle"]["fn"]) for b in bodies)
        out["body"] = {
            "pages": len(bodies),
            "token_f1": _mean([b["token"]["f1"] for b in bodies]),
            "token_precision": _mean([b["token"]["precision"] for b in bodies]),
            "token_recall": _mean([b["token"]["recall"] for b in bodies]),
            "shingle_f1": round(shingle["f1"], 4) if shingle else None,
            "shingle_precision": round(shingle["precision"], 4) if shingle else None,
            "shingle_recall": round(shingle["recall"], 4) if shingle else None,
        }
    if titles:
        out["title"] = {"pages": len(titles), "accuracy": _mean([float(t["exact"]) for t in titles]),
                        "accuracy_normalised": _mean([float(t["normalised"]) for t in titles])}
    if dates:
        out["published"] = {"pages": len(dates), "accuracy": _mean([float(d["match"]) for d in dates])}
    if must:
        out["must_contain"] = {"pages": len(must), "rate": _mean([m["hits"] / m["total"] for m in must])}
    if must_not:
        out["must_not_contain"] = {"pages": len(must_not),
                                   "clean_rate": _mean([1 - m["hits"] / m["total"] for m in must_not])}
    return out


def aggregate(pages: Sequence[PageResult]) -> dict[str, Any]:
    """Aggregates ``overall``, per ``sources`` (truth origin) and per ``sites``; ``{}`` if none was scored."""
    scored = [(p, p.quality) for p in pages if p.quality]
    if not scored:
        return {}
    by_site: dict[str, list[Mapping[str, Any]]] = {}
    by_source: dict[str, list[Mapping[str, Any]]] = {}
    for page, quality in scored:
        by_site.setdefault(page.site, []).append(quality)
        by_source.setdefault(str(quality.get("source") or "unknown"), []).append(quality)
    return {
        "overall": _group([q for _, q in scored]),
        "sources": {name: _group(qs) for name, qs in sorted(by_source.items())},
        "sites": {name: _group(qs) for name, qs in sorted(by_site.items())},
    }


def flat_metrics(group: Mapping[str, Any]) -> dict[str, float]:
    """The gateable numbers of one aggregate group by stable name (``body_token_f1``...)."""
    picks = (
        ("body_token_f1", "body", "token_f1"), ("body_shingle_f1", "body", "shingle_f1"),
        ("title_accuracy", "title", "accuracy"),
        ("title_accuracy_normalised", "title", "accuracy_normalised"),
        ("date_accuracy", "published", "accuracy"), ("must_contain_rate", "must_contain", "rate"),
        ("must_not_contain_clean_rate", "must_not_contain", "clean_rate"),
    )
    out: dict[str, float] = {}
    for name, section, key in picks:
        value = group.get(section, {}).get(key)
        if isinstance(value, int | float):
            out[name] = float(value)
    return out
