"""GX is imported lazily, once per process, and not at all when no GX check is enabled."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from harness.checks import CATALOG

SCRIPT = textwrap.dedent("""
    import sys
    from harness.checks import dataset_findings, gx, load_settings
    from harness.model import PageResult

    rec = {"url": "https://example.com/a", "site": "example.com", "title": "A title here", "published": None,
           "body": "Some body text that is long enough. " * 10}
    pages = [PageResult(id="example.com/a", site="example.com", url=rec["url"], cassette=None, extractor="t",
                        record=rec)]
    assert "great_expectations" not in sys.modules, "imported too early"
    off = load_settings({"disable": %r})
    dataset_findings(pages, off)
    print("after-disabled", "great_expectations" in sys.modules)
    on = load_settings({})
    dataset_findings(pages, on)
    first = gx.gx_module()
    dataset_findings(pages, on)
    print("after-enabled", "great_expectations" in sys.modules, gx.gx_module() is first,
          gx.gx_module.cache_info().misses)
""")
GX_OFF = sorted(spec.id for spec in CATALOG.values() if spec.engine == "gx")


def test_gx_imported_lazily_once_and_only_when_needed() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT % GX_OFF], capture_output=True, text=True, check=True)
    lines = out.stdout.split("\n")
    assert "after-disabled False" in lines
    assert "after-enabled True True 1" in lines
