"""WACZ files (web archives as one zip): the WARCs inside, with ``pages/pages.jsonl`` saying which are pages.

Every ``archive/*.warc[.gz]`` member is read with :class:`~harness.capture.sources.warc.WarcSource`
(nothing is unpacked to disk). A member stored uncompressed (as the WACZ spec asks) is read like a WARC
file, bodies read again from their offsets when written; a deflated one in one pass, bodies in memory.

When the WACZ lists its pages (``pages/pages.jsonl``, and
``pages/extraPages.jsonl``), an HTML response that is neither a listed page nor reached from one by a
redirect is a skip ("not a listed page"); without a page list every HTML response counts.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

from harness.capture.sources import Exchange, Item, Skip, SourceError
from harness.capture.sources.warc import WarcSource

PAGE_LISTS = ("pages/pages.jsonl", "pages/extraPages.jsonl")


def _pages(archive: zipfile.ZipFile) -> set[str] | None:
    names = set(archive.namelist())
    lists = [n for n in PAGE_LISTS if n in names]
    if not lists:
        return None
    pages: set[str] = set()
    for name in lists:
        for line in archive.read(name).decode("utf-8", "replace").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and isinstance(row.get("url"), str):
                pages.add(row["url"])
    return pages


def _stored_at(path: Path, info: zipfile.ZipInfo) -> int | None:
    """Where a stored (uncompressed) member's bytes start in the zip file; ``None`` when compressed."""
    if info.compress_type != zipfile.ZIP_STORED:
        return None
    with path.open("rb") as raw:
        raw.seek(info.header_offset)
        header = raw.read(30)  # the local file header: its name and extra field lengths end it
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        return None
    name_len, extra_len = int.from_bytes(header[26:28], "little"), int.from_bytes(header[28:30], "little")
    return info.header_offset + 30 + name_len + extra_len


class WaczSource:
    """Iterate the exchanges of one ``.wacz`` file."""

    name = "wacz"

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with zipfile.ZipFile(path) as archive:
                self.members = sorted(
                    n
                    for n in archive.namelist()
                    if n.startswith("archive/") and ".warc" in n.rsplit("/", 1)[-1]
                )
                self.pages = _pages(archive)
        except (OSError, zipfile.BadZipFile) as exc:
            raise SourceError(f"{path} is not a WACZ file: {exc}") from None
        if not self.members:
            raise SourceError(f"{path} is not a WACZ file: no archive/*.warc inside")

    def __iter__(self) -> Iterator[Item]:
        items: list[Item] = []
        with zipfile.ZipFile(self.path) as archive:
            for member in self.members:
                label = f"{self.path.name}!{member}"
                try:
                    at = _stored_at(self.path, archive.getinfo(member))
                    with archive.open(member) as stream:
                        items += list(WarcSource(self.path, label=label, fileobj=stream, reread_at=at))
                except (OSError, zipfile.BadZipFile, EOFError) as exc:
                    items.append(Skip(label, f"cannot read the WARC inside ({exc})", failed=True))
        yield from self._listed(items)

    def _listed(self, items: list[Item]) -> Iterator[Item]:
        if self.pages is None:
            yield from items
            return
        wanted = set(self.pages)
        redirects = {i.url: i for i in items if isinstance(i, Exchange) and 300 <= i.status < 400}
        frontier = list(wanted)
        while frontier:
            hop = redirects.get(frontier.pop())
            target = urljoin(hop.url, hop.header("location") or "") if hop else None
            if target and target not in wanted:
                wanted.add(target)
                frontier.append(target)
        for item in items:
            if isinstance(item, Exchange) and item.url not in wanted and item.url not in redirects:
                yield Skip(item.origin, "not a listed page (pages.jsonl)", item.url)
            else:
                yield item
