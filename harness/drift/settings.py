"""Drift settings: the ``[tool.harness.drift]`` table, validated once at start-up.

Precedence, highest first (resolved in :func:`load_settings` and nowhere else):

    keyword overrides (``harness drift`` flags, pytest options)  >  [tool.harness.drift]  >  default

``timeout`` and ``user_agent`` default to the top-level ``[tool.harness]`` values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from harness.capture.urls import RewriteError, UrlRewriter, rewriter
from harness.config import ConfigError, HarnessConfig

Label = Literal[
    "breaking", "template_changed", "content_edited", "unchanged", "unreachable", "gone", "skipped"
]
#: Worst first: a site's verdict is the first label any of its pages carries.
LABELS: tuple[Label, ...] = (
    "breaking",
    "template_changed",
    "content_edited",
    "gone",
    "unreachable",
    "skipped",
    "unchanged",
)
DRIFT_LABELS: frozenset[str] = frozenset({"breaking", "template_changed", "content_edited"})
FIELDS = ("title", "published", "body", "authors", "language")

_NUMBERS: Mapping[str, tuple[type, float]] = {
    "timeout": (float, 0.001),
    "backoff": (float, 0.0),
    "backoff_max": (float, 0.0),
    "delay": (float, 0.0),
    "max_crawl_delay": (float, 0.0),
    "min_body_ratio": (float, 0.0),
    "min_coverage": (float, 0.0),
    "retries": (int, 0),
    "concurrency": (int, 1),
    "per_host": (int, 1),
    "max_bytes": (int, 1),
}
_LISTS = ("fail_on", "refresh_labels", "critical_fields", "rewrite")
_NO_REWRITE = UrlRewriter()
_BOOLS = ("robots", "fail_on_dark_site")
ALLOWED = tuple(sorted({*_NUMBERS, *_LISTS, *_BOOLS, "user_agent"}))


@dataclass(frozen=True, slots=True)
class DriftSettings:
    """Everything drift needs besides the run context. Build it with :func:`load_settings`."""

    user_agent: str = "news-harness"
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    backoff_max: float = 30.0
    concurrency: int = 8
    per_host: int = 2
    delay: float = 0.0
    max_crawl_delay: float = 10.0
    robots: bool = True
    max_bytes: int = 10_000_000
    rewrite: UrlRewriter = _NO_REWRITE
    fail_on: tuple[str, ...] = ("breaking",)
    refresh_labels: tuple[str, ...] = ("breaking", "template_changed", "content_edited")
    critical_fields: tuple[str, ...] = ("title", "published", "body")
    min_body_ratio: float = 0.5
    min_coverage: float = 0.5
    fail_on_dark_site: bool = True


_CONTACT = re.compile(r"https?://(?![^/\s)]*\.invalid\b)[^\s)]+|[\w.+-]+@[\w-]+\.[\w.-]+")


def contact_warning(user_agent: str) -> str | None:
    """Why ``user_agent`` should not be sent to real sites as it is (no contact URL or e-mail), or ``None``.

    The shipped default names no contact (``example.invalid``): drift and ``harness record`` still run,
    and say so once, so a site owner who sees the requests has no one to ask.
    """
    if _CONTACT.search(user_agent):
        return None
    return (
        f"the user agent {user_agent!r} gives site owners no contact; set [tool.harness] user_agent to "
        "something like 'my-team-drift/1.0 (+https://my.team.example/contact)' (see docs/drift.md)"
    )


def _number(key: str, value: Any) -> float | int:
    kind, low = _NUMBERS[key]
    ok = isinstance(value, int) if kind is int else isinstance(value, int | float)
    if key == "min_coverage" and ok and value > 1:
        raise ConfigError(f"[tool.harness.drift] min_coverage must be a share from 0 to 1, got {value!r}")
    if isinstance(value, bool) or not ok or value < low:
        what = "an integer" if kind is int else "a number"
        raise ConfigError(f"[tool.harness.drift] {key} must be {what} >= {low:g}, got {value!r}")
    return kind(value)  # type: ignore[no-any-return]


def _names(key: str, value: Any, allowed: tuple[str, ...] | None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"[tool.harness.drift] {key} must be a list of strings, got {value!r}")
    if allowed is not None:
        bad = [v for v in value if v not in allowed]
        if bad:
            raise ConfigError(
                f"[tool.harness.drift] {key}: unknown {', '.join(map(repr, bad))}; "
                f"allowed: {', '.join(allowed)}"
            )
    return tuple(value)


def _coerce(key: str, value: Any) -> Any:
    if key in _NUMBERS:
        return _number(key, value)
    if key in _BOOLS:
        if not isinstance(value, bool):
            raise ConfigError(f"[tool.harness.drift] {key} must be true or false, got {value!r}")
        return value
    if key == "user_agent":
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"[tool.harness.drift] user_agent must be a non-empty string, got {value!r}")
        return value
    if key == "rewrite":
        if isinstance(value, UrlRewriter):
            return value
        try:
            return rewriter(list(_names(key, value, None)))
        except RewriteError as exc:
            raise ConfigError(f"[tool.harness.drift] {exc}") from None
    allowed = FIELDS if key == "critical_fields" else LABELS
    return _names(key, value, allowed)


def load_settings(cfg: HarnessConfig, **overrides: Any) -> DriftSettings:
    """Validate ``cfg.drift`` and apply ``overrides`` (``None`` values are ignored); ConfigError on mistakes.

    ``rewrite`` overrides (``FROM=TO`` strings) are added in front of the configured rules, so a rule given
    on the command line wins over one from the file for the same origin.
    """
    table = dict(cfg.drift)
    unknown = sorted(set(table) - set(ALLOWED))
    if unknown:
        raise ConfigError(
            f"unknown [tool.harness.drift] key(s) {', '.join(unknown)}; allowed: {', '.join(ALLOWED)}"
        )
    values: dict[str, Any] = {"user_agent": cfg.user_agent, "timeout": cfg.timeout}
    values.update({key: _coerce(key, value) for key, value in table.items()})
    for key, value in overrides.items():
        if value is None:
            continue
        if key not in ALLOWED:
            raise ConfigError(f"unknown drift setting {key!r}; allowed: {', '.join(ALLOWED)}")
        if key == "rewrite" and not isinstance(value, UrlRewriter):
            cli = _coerce(key, [value] if isinstance(value, str) else list(value))
            old: UrlRewriter = values.get("rewrite", UrlRewriter())
            values[key] = UrlRewriter(cli.rules + old.rules)
        else:
            values[key] = _coerce(key, value)
    values["timeout"] = _number("timeout", values["timeout"])
    return DriftSettings(**values)
