"""A real Scrapy project written at test time: a spider that crawls ``crawl_site`` with the HTTP cache on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SETTINGS = """
BOT_NAME = "newsproj"
SPIDER_MODULES = ["newsproj.spiders"]
ROBOTSTXT_OBEY = False
HTTPCACHE_ENABLED = True
HTTPCACHE_DIR = "httpcache"
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
HEADLINE_PREFIX = "NEWS: "
DEFAULT_REQUEST_HEADERS = {"Authorization": "Bearer SECRET-AUTH-2"}
"""

SPIDER = """
import dataclasses

import scrapy


@dataclasses.dataclass
class Story:
    headline: str
    text: str
    lang: str | None = None


class NewsSpider(scrapy.Spider):
    name = "news"

    async def start(self):
        for url in self.settings.getlist("NEWS_START"):
            yield scrapy.Request(url, callback=self.parse_article, meta={"section": "world"})

    def parse_article(self, response):
        yield response.follow("/elsewhere", callback=self.parse_article)  # ignored on replay
        paragraphs = [p.strip() for p in response.css("article p::text").getall()]
        yield Story(
            headline=self.settings.get("HEADLINE_PREFIX") + response.css("h1::text").get("").strip(),
            text="\\n\\n".join(paragraphs),
            lang=response.meta.get("section") and response.xpath("//html/@lang").get(),
        )
"""


def write_project(root: Path) -> Path:
    pkg = root / "newsproj"
    (pkg / "spiders").mkdir(parents=True)
    (root / "scrapy.cfg").write_text("[settings]\ndefault = newsproj.settings\n")
    (pkg / "__init__.py").write_text("")
    (pkg / "settings.py").write_text(SETTINGS)
    (pkg / "spiders" / "__init__.py").write_text("")
    (pkg / "spiders" / "news.py").write_text(SPIDER)
    (root / "pyproject.toml").write_text(
        '[tool.harness]\ncassettes = "cassettes"\n\n'
        '[tool.harness.scrapy]\nfields = { headline = "title", text = "body", lang = "language" }\n'
    )
    return root


def forget_project() -> None:
    """Drop the imported ``newsproj`` modules: each test writes its own project under that name."""
    for name in [m for m in sys.modules if m == "newsproj" or m.startswith("newsproj.")]:
        del sys.modules[name]


def crawl(root: Path, urls: list[str], *settings: str, spider: str = "news") -> Path:
    """``scrapy crawl news`` in a subprocess (``settings``: more ``NAME=value``); returns the project's
    ``.scrapy/httpcache`` folder."""
    env = {**os.environ, "PYTHONPATH": str(root), "SCRAPY_SETTINGS_MODULE": "newsproj.settings"}
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"NEWS_START={','.join(urls)}"]
    for setting in settings:
        cmd += ["-s", setting]
    done = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return root / ".scrapy" / "httpcache"
