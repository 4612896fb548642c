"""Cassette YAML loading: libyaml's plain ``CSafeLoader`` against the harness's alias-refusing ``safe_load``.

Imports the shared corpus into a temporary folder, then times both loaders on every cassette, interleaved,
and prints the best of several rounds and the ratio. Run:
``python bench/yaml_load.py --corpus ../shared/corpus``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from harness.capture.importer import import_dir
from harness.capture.safeyaml import safe_load


def plain(text: str) -> Any:
    return yaml.load(text, Loader=yaml.CSafeLoader)


def _time(fn: Callable[[str], Any], texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return (time.perf_counter() - start) / len(texts) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for source in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
            import_dir(source, Path(tmp))
        texts = [p.read_text("utf-8") for p in sorted(Path(tmp).rglob("*.yaml"))]
    best = {"CSafeLoader": float("inf"), "safe_load": float("inf")}
    for i in range(args.rounds):
        pairs = [("CSafeLoader", plain), ("safe_load", safe_load)]
        for name, fn in pairs if i % 2 == 0 else pairs[::-1]:
            best[name] = min(best[name], _time(fn, texts))
    plain_ms, safe_ms = best["CSafeLoader"], best["safe_load"]
    print(
        f"{len(texts)} cassettes: CSafeLoader {plain_ms:.2f} ms each, safe_load (aliases refused) "
        f"{safe_ms:.2f} ms each, ratio {safe_ms / plain_ms:.2f}"
    )


if __name__ == "__main__":
    main()
