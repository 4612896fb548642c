"""The harness's own public-suffix walk gives tldextract's answers, without importing a network stack."""

from __future__ import annotations

import subprocess
import sys

import pytest

from harness.suffixes import _RULE, _snapshot, registrable_domain

TRICKY = [
    ("news.example.co.uk", "example.co.uk"),
    ("co.uk", ""),
    ("www.ck", "www.ck"),  # exception rule !www.ck under *.ck
    ("a.b.ck", "a.b.ck"),  # wildcard: b.ck is the suffix
    ("x.city.kawasaki.jp", "city.kawasaki.jp"),
    ("alice.github.io", "alice.github.io"),  # private suffix
    ("www.xn--bcher-kva.de", "xn--bcher-kva.de"),
    ("a.b.xn--fiqs8s", "b.xn--fiqs8s"),  # punycode TLD matched in its Unicode form (中国)
    ("foo.bar.example", ""),  # unknown TLD
    ("..com", ""),
    ("", ""),
]


def _top(reference: object, host: str) -> str:
    return str(reference(host).top_domain_under_public_suffix)  # type: ignore[operator]


@pytest.mark.parametrize(("host", "want"), TRICKY)
def test_tricky_hosts(host: str, want: str) -> None:
    assert registrable_domain(host) == want


def test_same_answers_as_tldextract_for_every_rule() -> None:
    tldextract = pytest.importorskip("tldextract")
    reference = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
    hosts = {h for h, _ in TRICKY}
    for match in _RULE.finditer(_snapshot()):
        base = match.group("suffix").lstrip("!").replace("*", "zz")
        hosts |= {base, f"a.{base}", f"b.a.{base}", f"www.{base}"}
    differ = [h for h in sorted(hosts) if registrable_domain(h) != _top(reference, h)]
    assert len(hosts) > 30_000 and not differ, differ[:10]


def test_site_for_url_imports_no_http_stack() -> None:
    code = (
        "import sys; from harness.paths import site_for_url; "
        "assert site_for_url('https://news.bbc.co.uk/x') == 'bbc.co.uk'; "
        "print(sorted(m for m in ('requests', 'urllib3', 'tldextract') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
