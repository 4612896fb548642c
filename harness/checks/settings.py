"""``[tool.harness.checks]``: thresholds, severities, enabled checks, pattern lists and per-site overrides.

Built once per run by :func:`load_settings`; every misconfiguration is a one-line
:class:`~harness.config.ConfigError` at start-up. Per-site tables (``[tool.harness.checks.sites."x.com"]``)
accept the same keys as the top level (except ``sites`` and ``max_findings``) and are applied on top of it:
site value > top-level value > default. ``disable``/``enable`` accumulate (enable wins), ``patterns``
replaces the list, ``extra_patterns`` and ``site_names`` add to it. ``docs/checks.md`` lists every key.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from harness.checks.catalog import CATALOG, GX_CHECKS, expand
from harness.checks.patterns import LANGUAGES, default_patterns, lower_pattern
from harness.config import ConfigError, unknown_keys
from harness.model import SEVERITIES, Severity

PREFIX = "[tool.harness.checks]"


@dataclass(frozen=True)
class SiteSettings:
    """Everything that may differ from one site to another."""

    enabled: frozenset[str] = frozenset(CATALOG)
    severity: Mapping[str, Severity] = field(
        default_factory=lambda: {k: s.severity for k, s in CATALOG.items()}
    )
    site_names: tuple[str, ...] = ()
    date_coverage: float = 0.9
    date_coverage_min_pages: int = 3
    date_earliest: dt.date = dt.date(1990, 1, 1)
    date_future_tolerance_minutes: float = 60.0
    body_min_chars: int = 200
    body_max_chars: int = 100_000
    body_repeated_min_chars: int = 30
    languages: tuple[str, ...] = LANGUAGES
    patterns: tuple[str, ...] = default_patterns(LANGUAGES)
    recurring_min_pages: int = 5
    recurring_min_share: float = 0.3
    recurring_min_count: int = 3
    teaser_min_pages: int = 3
    template_min_stories: int = 3
    rate_boilerplate: float = 0.2
    rate_title_duplicate: float = 0.1
    rate_body_too_short: float = 0.2
    rate_min_pages: int = 5

    def on(self, check: str) -> bool:
        return check in self.enabled

    def any_on(self, checks: tuple[str, ...]) -> bool:
        return any(check in self.enabled for check in checks)


@dataclass(frozen=True)
class CheckSettings:
    default: SiteSettings = field(default_factory=SiteSettings)
    sites: Mapping[str, SiteSettings] = field(default_factory=dict)
    max_findings: int = 10

    def for_site(self, site: str) -> SiteSettings:
        return self.sites.get(site, self.default)

    def all_scopes(self) -> tuple[SiteSettings, ...]:
        return (self.default, *self.sites.values())

    def any_enabled(self, checks: frozenset[str]) -> bool:
        return any(scope.enabled & checks for scope in self.all_scopes())

    @property
    def needs_gx(self) -> bool:
        """True when a Great Expectations check is enabled anywhere; GX is not imported otherwise."""
        return self.any_enabled(GX_CHECKS)


def _fraction(where: str, v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0.0 <= v <= 1.0:
        raise ConfigError(f"{where} must be a number between 0 and 1, got {v!r}")
    return float(v)


def _count(where: str, v: Any, low: int = 0) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < low:
        raise ConfigError(f"{where} must be an integer >= {low}, got {v!r}")
    return v


def _minutes(where: str, v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
        raise ConfigError(f"{where} must be a number of minutes >= 0, got {v!r}")
    return float(v)


def _date(where: str, v: Any) -> dt.date:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        raise ConfigError(f"{where} must be a date such as 1990-01-01, got {v!r}") from None


def _strings(where: str, v: Any) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(s, str) for s in v):
        raise ConfigError(f"{where} must be a list of strings, got {v!r}")
    return tuple(v)


def _languages(where: str, v: Any) -> tuple[str, ...]:
    langs = _strings(where, v)
    bad = [lang for lang in langs if lang not in LANGUAGES]
    if bad:
        raise ConfigError(f"{where}: unknown language {bad[0]!r}; available: {', '.join(LANGUAGES)}")
    return langs


def _patterns(where: str, v: Any) -> tuple[str, ...]:
    out = []
    for pattern in _strings(where, v):
        low = lower_pattern(pattern)
        try:
            re.compile(low, re.MULTILINE)
        except re.error as exc:
            raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from None
        if re.match(r"\(\?[aiLmsux]+\)", low):
            raise ConfigError(
                f"{where}: {pattern!r}: inline flags are not allowed (patterns are matched "
                "line by line against lowercased text)"
            )
        out.append(low)
    return tuple(out)


# (section, key) -> (SiteSettings field, parser)
_OPTIONS: Mapping[tuple[str, str], tuple[str, Callable[[str, Any], Any]]] = {
    ("date", "coverage"): ("date_coverage", _fraction),
    ("date", "coverage_min_pages"): ("date_coverage_min_pages", lambda w, v: _count(w, v, 1)),
    ("date", "earliest"): ("date_earliest", _date),
    ("date", "future_tolerance_minutes"): ("date_future_tolerance_minutes", _minutes),
    ("body", "min_chars"): ("body_min_chars", _count),
    ("body", "max_chars"): ("body_max_chars", lambda w, v: _count(w, v, 1)),
    ("body", "repeated_min_chars"): ("body_repeated_min_chars", lambda w, v: _count(w, v, 1)),
    ("boilerplate", "recurring_min_pages"): ("recurring_min_pages", lambda w, v: _count(w, v, 2)),
    ("boilerplate", "recurring_min_share"): ("recurring_min_share", _fraction),
    ("boilerplate", "recurring_min_count"): ("recurring_min_count", lambda w, v: _count(w, v, 2)),
    ("boilerplate", "teaser_min_pages"): ("teaser_min_pages", lambda w, v: _count(w, v, 2)),
    ("boilerplate", "languages"): ("languages", _languages),
    ("title", "site_names"): ("site_names", _strings),
    ("title", "template_min_stories"): ("template_min_stories", lambda w, v: _count(w, v, 2)),
    ("rates", "boilerplate"): ("rate_boilerplate", _fraction),
    ("rates", "title_duplicate"): ("rate_title_duplicate", _fraction),
    ("rates", "body_too_short"): ("rate_body_too_short", _fraction),
    ("rates", "min_pages"): ("rate_min_pages", lambda w, v: _count(w, v, 1)),
}
_LIST_KEYS = {("boilerplate", "patterns"), ("boilerplate", "extra_patterns")}
_SECTIONS = {section for section, _ in (*_OPTIONS, *_LIST_KEYS)}
_SCOPE_KEYS = {"disable", "enable", "severity"} | _SECTIONS


def _unknown_check(where: str, name: str) -> str:
    """``...disable: unknown check id 'body.to_short' (did you mean 'body.too_short'?); known: ...``"""
    import difflib

    names = sorted({*CATALOG, *(check.split(".")[0] for check in CATALOG)})
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.7)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"{where}: unknown check id {name!r}{hint}; known: {', '.join(sorted(CATALOG))}"


def _ids(where: str, v: Any) -> frozenset[str]:
    out: set[str] = set()
    for name in _strings(where, v):
        found = expand(name)
        if not found:
            raise ConfigError(_unknown_check(where, name))
        out.update(found)
    return frozenset(out)


def _severities(where: str, v: Any, base: Mapping[str, Severity]) -> dict[str, Severity]:
    if not isinstance(v, Mapping):
        raise ConfigError(f"{where} must be a table of check id = severity")
    out = dict(base)
    for name, sev in v.items():
        if sev not in SEVERITIES:
            raise ConfigError(f"{where}.{name}: severity must be one of {', '.join(SEVERITIES)}, got {sev!r}")
        for check in _ids(where, [name]):
            out[check] = sev
    return out


def _section(scope: SiteSettings, where: str, section: str, table: Any) -> SiteSettings:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}.{section} must be a table")
    changes: dict[str, Any] = {}
    for key, value in table.items():
        option = _OPTIONS.get((section, key))
        if option is None and (section, key) not in _LIST_KEYS:
            known = {k for s, k in (*_OPTIONS, *_LIST_KEYS) if s == section}
            raise ConfigError(unknown_keys(f"{where}.{section}", [key], known))
        if option is not None:
            name, parse = option
            parsed = parse(f"{where}.{section}.{key}", value)
            changes[name] = scope.site_names + parsed if name == "site_names" else parsed
    scope = replace(scope, **changes)
    if section == "boilerplate":
        if "patterns" in table:
            scope = replace(scope, patterns=_patterns(f"{where}.boilerplate.patterns", table["patterns"]))
        elif "languages" in table:
            scope = replace(scope, patterns=default_patterns(scope.languages))
        if "extra_patterns" in table:
            extra = _patterns(f"{where}.boilerplate.extra_patterns", table["extra_patterns"])
            scope = replace(scope, patterns=tuple(dict.fromkeys(scope.patterns + extra)))
    return scope


def _apply(base: SiteSettings, table: Mapping[str, Any], where: str, allowed: set[str]) -> SiteSettings:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(unknown_keys(where, unknown, allowed))
    scope = base
    disabled = _ids(f"{where}.disable", table.get("disable", []))
    enabled = _ids(f"{where}.enable", table.get("enable", []))
    scope = replace(scope, enabled=(scope.enabled - disabled) | enabled)
    if "severity" in table:
        scope = replace(scope, severity=_severities(f"{where}.severity", table["severity"], scope.severity))
    for section in sorted(_SECTIONS & set(table)):
        scope = _section(scope, where, section, table[section])
    if scope.body_min_chars > scope.body_max_chars:
        raise ConfigError(
            f"{where}.body: min_chars ({scope.body_min_chars}) is above max_chars ({scope.body_max_chars})"
        )
    return scope


def parse_settings(table: Mapping[str, Any]) -> CheckSettings:
    """Validate the raw ``[tool.harness.checks]`` table."""
    default = _apply(SiteSettings(), table, PREFIX, _SCOPE_KEYS | {"sites", "max_findings"})
    sites_table = table.get("sites", {})
    if not isinstance(sites_table, Mapping):
        raise ConfigError(f"{PREFIX}.sites must be a table of site tables")
    sites: dict[str, SiteSettings] = {}
    for site, site_table in sites_table.items():
        where = f'[tool.harness.checks.sites."{site}"]'
        if not isinstance(site_table, Mapping):
            raise ConfigError(f"{where} must be a table")
        if not re.fullmatch(r"[a-z0-9.-]+", site):
            raise ConfigError(f"{where}: a site is a lowercase registrable domain such as example.com")
        sites[site] = _apply(default, site_table, where, _SCOPE_KEYS)
    max_findings = _count(f"{PREFIX}.max_findings", table.get("max_findings", 10), 1)
    return CheckSettings(default=default, sites=sites, max_findings=max_findings)
