"""The harness configuration: one frozen object, built once per run.

Precedence, highest first (resolved in :func:`load_config` and nowhere else):

    command-line flag  >  pytest marker  >  [tool.harness] in pyproject.toml (or harness.toml)  >  default

Stages with their own settings (``checks``, ``compare``, ``drift``, ``scrapy``) receive their raw
sub-table and validate it themselves at start-up, so a misconfigured check is a usage error before any
page runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from harness.capture.tokens import DEFAULT_TOKEN_PATTERNS, TokenPatternError, compile_patterns
from harness.model import SEVERITIES, Severity

# Secret names, compared lowercased; an entry with * ? or [ is a glob (fnmatch). Headers named here are
# removed; parameters keep their name and get the value REDACTED. Parameters avoid a bare *auth* glob:
# it would catch ?author= and ?authority=, which news URLs use.
DEFAULT_SCRUB_HEADERS = (
    "cookie",
    "set-cookie",
    "authorization",
    "proxy-authorization",
    "x-api-key",
    "x-auth-token",
    "x-csrf-token",
    "x-xsrf-token",
    "x-csrftoken",
    "*token*",
    "*secret*",
    "*session*",
    "*auth*",
    "*api-key*",
    "*apikey*",
    "*password*",
    "*signature*",
    "*credential*",
)
DEFAULT_SCRUB_PARAMS = (
    "token",
    "access_token",
    "auth",
    "key",
    "api_key",
    "apikey",
    "sig",
    "signature",
    "secret",
    "client_secret",
    "password",
    "session",
    "sessionid",
    "sid",
    "jwt",
    "code",
    "private_token",
    "jsessionid",
    "phpsessid",
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "*token*",
    "*secret*",
    "*session*",
    "*sessid*",
    "*password*",
    "*passwd*",
    "*signature*",
    "*credential*",
    "*apikey*",
    "*api_key*",
    "*api-key*",
    "*jwt*",
    "*csrf*",
    "*xsrf*",
    "auth_*",
    "*_auth",
    "*-auth",
    "*oauth*",
    "*authorization*",
)
CONFIG_FILES = ("harness.toml", "pyproject.toml")
DATASET_ENGINES = ("auto", "gx", "python")


class ConfigError(ValueError):
    """A usage mistake in configuration: one line, what was wrong and what is allowed."""


@dataclass(frozen=True)
class HarnessConfig:
    root: Path = field(default_factory=Path.cwd)
    cassettes: Path = Path("cassettes")
    reports: Path = Path("reports")
    schemas: tuple[Path, ...] = ()
    extractors: tuple[str, ...] = ("generic",)
    fail_on: Severity = "error"
    fail_on_new: str = "warning"  # a severity, or "off"; see harness.verdict
    scrub_headers: tuple[str, ...] = DEFAULT_SCRUB_HEADERS
    scrub_params: tuple[str, ...] = DEFAULT_SCRUB_PARAMS
    scrub_tokens: tuple[str, ...] = DEFAULT_TOKEN_PATTERNS
    max_body_mb: float = 64.0  # a decoded response body over this is cassette.too_large (the file: 4x)
    user_agent: str = "news-harness/0.1 (+https://example.invalid/news-harness)"
    timeout: float = 20.0
    page_timeout: float = 60.0
    keep_reports: int = 50  # run folders kept under reports/ (the newest; 0 keeps every run)
    jobs: int | None = None  # None ("auto" in a file): one worker per CPU when there are pages enough
    dataset_engine: str = "auto"  # gx, python, or auto: see harness.runner.dataset_engine
    checks: Mapping[str, Any] = field(default_factory=dict)
    compare: Mapping[str, Any] = field(default_factory=dict)
    drift: Mapping[str, Any] = field(default_factory=dict)
    scrapy: Mapping[str, Any] = field(default_factory=dict)
    source: str = "defaults"

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else self.root / path

    @property
    def cassette_root(self) -> Path:
        return self.resolve(self.cassettes)

    @property
    def report_root(self) -> Path:
        return self.resolve(self.reports)

    @property
    def max_body_bytes(self) -> int:
        return int(self.max_body_mb * 1024 * 1024)

    def digest(self) -> str:
        """A short, stable hash of every setting that can change a run's outcome."""
        # the dataset engine is left out: both engines give the same findings (tests/checks/test_suite.py)
        skip = ("root", "source", "dataset_engine")
        payload = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}
        text = json.dumps(payload, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def with_overrides(self, **overrides: Any) -> HarnessConfig:
        """A copy with the non-``None`` overrides applied and validated."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        return _validated(replace(self, **clean)) if clean else self


def find_config_file(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                if name == "pyproject.toml" and "harness" not in _read_toml(candidate).get("tool", {}):
                    continue
                return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc


def _table(path: Path) -> dict[str, Any]:
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("harness", {})
    elif "tool" in data and "harness" in data["tool"]:
        data = data["tool"]["harness"]
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.harness] must be a table")
    return data


def unknown_keys(table: str, unknown: list[str], known: set[str] | frozenset[str]) -> str:
    """``unknown [tool.harness] key 'cassetes' (did you mean 'cassettes'?); allowed: ...``"""
    import difflib

    parts = []
    for key in unknown:
        close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.7)
        parts.append(f"{key!r} (did you mean {close[0]!r}?)" if close else repr(key))
    noun = "key" if len(unknown) == 1 else "keys"
    return f"unknown {table} {noun} {', '.join(parts)}; allowed: {', '.join(sorted(known))}"


def _tuple_of_str(name: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{name} must be a list of strings, got {value!r}")
    return tuple(value)


def _from_table(table: Mapping[str, Any], root: Path, source: str) -> HarnessConfig:
    known = {f.name for f in fields(HarnessConfig)} - {"root", "source"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{source}: {unknown_keys('[tool.harness]', unknown, known)}")
    kwargs: dict[str, Any] = {"root": root, "source": source}
    for key, value in table.items():
        if key in ("cassettes", "reports"):
            kwargs[key] = Path(str(value))
        elif key == "schemas":
            kwargs[key] = tuple(Path(p) for p in _tuple_of_str(key, value))
        elif key in ("extractors", "scrub_headers", "scrub_params", "scrub_tokens"):
            kwargs[key] = _tuple_of_str(key, value)
        elif key in ("checks", "compare", "drift", "scrapy"):
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: [tool.harness.{key}] must be a table")
            kwargs[key] = value
        else:
            kwargs[key] = value
    return _validated(HarnessConfig(**kwargs))


def _validated(cfg: HarnessConfig) -> HarnessConfig:
    if cfg.fail_on not in SEVERITIES:
        raise ConfigError(f"fail_on must be one of {', '.join(SEVERITIES)}, got {cfg.fail_on!r}")
    if cfg.fail_on_new not in (*SEVERITIES, "off"):
        raise ConfigError(
            f"fail_on_new must be one of {', '.join((*SEVERITIES, 'off'))}, got {cfg.fail_on_new!r}"
        )
    if not isinstance(cfg.timeout, int | float) or cfg.timeout <= 0:
        raise ConfigError(f"timeout must be a positive number of seconds, got {cfg.timeout!r}")
    if cfg.jobs == "auto":  # type: ignore[comparison-overlap]  # a file's value, not yet checked
        cfg = replace(cfg, jobs=None)
    if cfg.jobs is not None and (not isinstance(cfg.jobs, int) or isinstance(cfg.jobs, bool) or cfg.jobs < 0):
        raise ConfigError(
            f"jobs must be \"auto\" or a whole number of processes (0: one per CPU), got {cfg.jobs!r}"
        )
    if cfg.dataset_engine not in DATASET_ENGINES:
        raise ConfigError(
            f"dataset_engine must be one of {', '.join(DATASET_ENGINES)}, got {cfg.dataset_engine!r}"
        )
    if not isinstance(cfg.page_timeout, int | float) or cfg.page_timeout < 0:
        raise ConfigError(f"page_timeout must be seconds (0 turns it off), got {cfg.page_timeout!r}")
    if not isinstance(cfg.keep_reports, int) or isinstance(cfg.keep_reports, bool) or cfg.keep_reports < 0:
        raise ConfigError(f"keep_reports must be a whole number of runs (0: all), got {cfg.keep_reports!r}")
    body = cfg.max_body_mb
    if not isinstance(body, int | float) or isinstance(body, bool) or body <= 0:
        raise ConfigError(f"max_body_mb must be a positive number of megabytes, got {cfg.max_body_mb!r}")
    if not cfg.extractors:
        raise ConfigError("extractors must name at least one extractor")
    try:
        compile_patterns(tuple(cfg.scrub_tokens))
    except TokenPatternError as exc:
        raise ConfigError(str(exc)) from None
    return replace(
        cfg,
        scrub_headers=tuple(h.lower() for h in cfg.scrub_headers),
        scrub_params=tuple(p.lower() for p in cfg.scrub_params),
    )


def load_config(
    start: Path | None = None, config_file: Path | None = None, **overrides: Any
) -> HarnessConfig:
    """Build the run's configuration: file (found upward from ``start``) then ``overrides`` on top.

    ``HARNESS_CONFIG`` names a config file when ``config_file`` is not given.
    """
    start = (start or Path.cwd()).resolve()
    if config_file is None and os.environ.get("HARNESS_CONFIG"):
        config_file = Path(os.environ["HARNESS_CONFIG"])
    path = config_file or find_config_file(start)
    if path is None:
        cfg = HarnessConfig(root=start)
    else:
        if not path.is_file():
            raise ConfigError(f"config file {path} does not exist")
        cfg = _from_table(_table(path), path.resolve().parent, str(path))
    return cfg.with_overrides(**overrides)
