"""Rewrite rules with patterns: one rule for many sites, e.g. every public host onto one local server.

``FROM`` and ``TO`` are URLs that may hold

* ``*``: any run of characters within one host label run or path segment (no ``/``, ``?`` or ``#``), so
  ``https://*.example.com`` matches ``https://www.example.com`` and ``https://a.b.example.com``;
* ``{name}``: a named part, one path segment (or host part) in ``FROM``; ``{path}`` in ``FROM`` takes the
  whole rest of the URL (path, query, fragment);
* in ``TO`` only, the built-ins ``{scheme}``, ``{host}`` (the public ``host[:port]``, lower-cased) and
  ``{path}`` (the public path and query without the leading ``/``) when ``FROM`` does not name them.

A ``FROM`` that does not end in ``{path}`` matches a prefix, at a boundary (``/``, ``?``, ``#`` or the
end), and the rest of the URL is appended to ``TO``, as with plain ``FROM=TO`` prefix rules:

    https://*.example.com/{path}=http://127.0.0.1:8000/{host}/{path}
    https://news.example/{section}/{slug}=http://staging.local/{section}-{slug}

Mapping back (a target URL to its public URL, for results and cassettes) works when every part of
``FROM`` can be rebuilt from ``TO``: named parts, and ``*`` in the host when ``TO`` holds ``{host}``.
Otherwise the target URL is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

_TOKEN = re.compile(r"\{([a-z_][a-z0-9_]*)\}|\*", re.I)
_BUILTINS = ("scheme", "host", "path")


class RewriteError(ValueError):
    """A malformed rewrite rule; the message says what is allowed."""


def is_pattern(rule_part: str) -> bool:
    return "*" in rule_part or bool(_TOKEN.search(rule_part))


@lru_cache(maxsize=256)
def _regex(pattern: str) -> tuple[re.Pattern[str], list[str]]:
    out, names, at = ["^"], [], 0
    for m in _TOKEN.finditer(pattern):
        out.append(re.escape(pattern[at : m.start()]))
        name = m.group(1)
        if name is None:
            out.append(r"[^/?#]*")
        elif name in names:
            raise RewriteError(f"rewrite pattern names {{{name}}} twice: {pattern!r}")
        else:
            names.append(name)
            out.append(f"(?P<{name}>.*)" if name == "path" else f"(?P<{name}>[^/?#]+?)")
        at = m.end()
    out.append(re.escape(pattern[at:]))
    out.append("" if pattern.endswith("{path}") else r"(?P<_rest>(?:[/?#].*)?)")
    return re.compile("".join(out) + "$", re.S), names


def _normal(url: str) -> str:
    """Scheme and host lower-cased, an empty path written as ``/`` (so ``{path}`` always has its slash)."""
    parts = urlsplit(url)
    rest = url.split("://", 1)[1][len(parts.netloc) :] if "://" in url else ""
    if not rest or rest[0] in "?#":
        rest = "/" + rest
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{rest}"


def _check(side: str, text: str) -> None:
    parts = urlsplit(text.replace("*", "x").replace("{", "x").replace("}", "x"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RewriteError(f"rewrite {side} must be an http(s) URL pattern, got {text!r}")


@dataclass(frozen=True, slots=True)
class PatternRewrite:
    """One pattern rule (see the module doc). ``forward``/``back`` return ``None`` when it does not apply."""

    public: str
    target: str

    @classmethod
    def of(cls, public: str, target: str) -> PatternRewrite:
        _check("FROM", public)
        _check("TO", target)
        _, names = _regex(public)
        unknown = [n for n in re.findall(r"\{([a-z_][a-z0-9_]*)\}", target, re.I) if n not in names]
        unknown = [n for n in unknown if n not in _BUILTINS]
        if unknown:
            raise RewriteError(
                f"rewrite TO uses {{{unknown[0]}}}, which FROM does not name; "
                f"available: {', '.join(sorted({*names, *_BUILTINS}))}"
            )
        if "*" in target:
            raise RewriteError(f"rewrite TO cannot hold '*' (name the part in FROM instead): {target!r}")
        return cls(public.rstrip("/") if not public.endswith("}") else public, target)

    def _values(self, url: str) -> dict[str, str] | None:
        regex, _ = _regex(self.public)
        norm = _normal(url)
        m = regex.match(norm)
        if m is None:
            return None
        parts = urlsplit(norm)
        values = {"scheme": parts.scheme, "host": parts.netloc, "path": norm.split(parts.netloc, 1)[1][1:]}
        values.update({k: v for k, v in m.groupdict().items() if v is not None})
        return values

    def forward(self, url: str) -> str | None:
        values = self._values(url)
        if values is None:
            return None
        return _fill(self.target, values) + values.get("_rest", "")

    def back(self, url: str) -> str | None:
        """The public URL a target URL came from, when FROM can be rebuilt from TO (else ``None``)."""
        template = self._reverse_template()
        if template is None:
            return None
        back_rule = PatternRewrite(self.target, "")
        values = back_rule._values(url)
        if values is None:
            return None
        public = _fill(template, values) + values.get("_rest", "")
        return public if self.forward(public) == _normal(url) else None

    def _reverse_template(self) -> str | None:
        template = self.public
        if "{host}" in self.target:
            parts = urlsplit(template.replace("*", "x"))
            scheme_end = template.index("://") + 3
            template = template[:scheme_end] + "{host}" + template[scheme_end + len(parts.netloc) :]
        if "*" in template:
            return None
        target_names = set(re.findall(r"\{([a-z_][a-z0-9_]*)\}", self.target, re.I))
        needed = set(re.findall(r"\{([a-z_][a-z0-9_]*)\}", template, re.I))
        return template if needed <= target_names else None


def _fill(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{([a-z_][a-z0-9_]*)\}", lambda m: values.get(m.group(1), ""), template, flags=re.I)
