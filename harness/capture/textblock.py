"""Response bodies as YAML literal blocks, even where libyaml's emitter refuses one.

libyaml writes a literal block (``|``) only for text without tabs, trailing spaces, CR or astral characters;
real pages have all of these, and the fallback (a list of lines) parses several times slower. YAML itself
allows tabs, trailing spaces and astral characters inside a literal block, so the harness writes those
blocks itself, with an explicit indentation indicator and chomping so that nothing is guessed by the parser.
Line ends are the one thing a block cannot hold: the text is stored with LF only, plus what restores it:

* ``newline: "\\r\\n"`` when every line ends with CRLF;
* ``crlf: "0-120,125"``, the (0-based) lines that end with CRLF, when a page mixes the two.

Text with a lone CR, control characters, a BOM or YAML's other line breaks (NEL, U+2028/9) is not a block;
the caller keeps its older forms for those. The caller checks every form round-trips before it is used.
"""

from __future__ import annotations

import bisect
import re
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

# What a YAML literal block may hold besides LF (YAML 1.1 printable, minus its line breaks and the BOM).
_NOT_PRINTABLE = re.compile(
    "[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_LONE_CR = re.compile("\r(?!\n)")
MAX_RANGES = 100_000  # a hostile ``crlf`` value cannot make decoding slow


class Block(str):
    """Text that the cassette serializer writes as a hand-made literal block."""

    __slots__ = ()


def split_line_ends(text: str) -> tuple[str, dict[str, str]] | None:
    """``text`` with LF line ends only, and the keys that restore it; ``None`` when it cannot be a block."""
    if _LONE_CR.search(text):
        return None
    lf = text.replace("\r\n", "\n")
    if _NOT_PRINTABLE.search(lf):
        return None
    if "\r" not in text:
        return lf, {}
    if text.count("\r\n") == text.count("\n"):
        return lf, {"newline": "\r\n"}
    crlf = [i for i, line in enumerate(text.split("\n")[:-1]) if line.endswith("\r")]
    return lf, {"crlf": _ranges(crlf)}


def join_line_ends(text: str, body: Mapping[str, Any]) -> str:
    """Undo :func:`split_line_ends` for a body mapping that has ``newline`` or ``crlf``."""
    if "crlf" in body:
        starts, ends = _parse_ranges(str(body["crlf"]))
        lines = text.split("\n")
        for i in range(len(lines) - 1):
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i <= ends[k]:
                lines[i] += "\r"
        return "\n".join(lines)
    newline = str(body.get("newline", "\n"))
    return text.replace("\n", newline) if newline != "\n" else text


def _ranges(indexes: Iterable[int]) -> str:
    out: list[str] = []
    run: list[int] = []
    for i in indexes:
        if run and i == run[-1] + 1:
            run[-1] = i
            continue
        if run:
            out.append(_span(run))
        run = [i, i]
    if run:
        out.append(_span(run))
    return ",".join(out)


def _span(run: list[int]) -> str:
    return str(run[0]) if run[0] == run[1] else f"{run[0]}-{run[1]}"


def _parse_ranges(value: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for part in value.split(",")[:MAX_RANGES]:
        low, _, high = part.strip().partition("-")
        try:
            a, b = int(low), int(high or low)
        except ValueError:
            continue
        if a <= b and (not ends or a > ends[-1]):
            starts.append(a)
            ends.append(b)
    return starts, ends


def render(text: str, indent: int) -> str:
    """The literal block for ``text`` as the value of a key at column ``indent`` (header line included)."""
    if text.endswith("\n\n"):
        chomp, content = "+", text[:-1]
    elif text.endswith("\n"):
        chomp, content = "", text[:-1]
    else:
        chomp, content = "-", text
    pad = " " * (indent + 2)
    lines = "\n".join(pad + line if line else "" for line in content.split("\n"))
    return f"|2{chomp}\n{lines}"


class Placeholders:
    """Stand-ins that the YAML dumper writes as plain scalars, swapped for the real blocks afterwards."""

    def __init__(self) -> None:
        self._tag = f"harness-block-{secrets.token_hex(8)}"
        self.blocks: dict[str, str] = {}

    def take(self, text: str) -> str:
        token = f"{self._tag}-{len(self.blocks)}"
        self.blocks[token] = text
        return token

    def fill(self, yaml_text: str) -> str:
        if not self.blocks:
            return yaml_text
        pattern = re.compile(rf"^( *)(\S[^\n]*?: )({re.escape(self._tag)}-\d+)$", re.M)

        def swap(m: re.Match[str]) -> str:
            key = m.group(2)
            column = len(m.group(1)) + len(key) - len(key.lstrip("- "))  # "- string: x" in a sequence
            return m.group(1) + key + render(self.blocks[m.group(3)], column)

        return pattern.sub(swap, yaml_text)
