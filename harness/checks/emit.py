"""One way to report for every check, GX or plain Python: stable id, severity, JSON path, message, excerpt.

Messages name the page (or the site), the field and the offending text:
``example.com/story-1a2b: $.body: boilerplate line matches the pattern list: 'Latest Magazine'``.
The offending text also goes verbatim into ``excerpt`` so the report can highlight it in place.
Floods are capped per check and page: after ``max_findings`` one closing finding says how many more.
"""

from __future__ import annotations

from collections import Counter

from harness.checks.settings import SiteSettings
from harness.checks.text import clip
from harness.model import Finding


class Emitter:
    """Collects the findings of one page (``site=None``) or of one site (site-level findings)."""

    def __init__(self, subject: str, scope: SiteSettings, cap: int, *, site: str | None = None) -> None:
        self.subject = subject
        self.scope = scope
        self.cap = cap
        self.site = site
        self.findings: list[Finding] = []
        self._counts: Counter[tuple[str, str]] = Counter()

    def on(self, check: str) -> bool:
        return self.scope.on(check)

    def add(self, check: str, field: str, what: str, excerpt: str | None = None) -> None:
        """Report ``what`` about ``field``; ``excerpt`` is the offending text, verbatim."""
        if not self.scope.on(check):
            return
        self._counts[(check, field)] += 1
        if self._counts[(check, field)] > self.cap:
            return
        shown = f": {clip(excerpt, 200)!r}" if excerpt else ""
        self.findings.append(
            Finding(
                check=check,
                severity=self.scope.severity[check],
                field=field,
                message=f"{self.subject}: {field}: {what}{shown}",
                excerpt=excerpt,
                site=self.site,
            )
        )

    def done(self) -> list[Finding]:
        for (check, field), n in self._counts.items():
            if n > self.cap:
                self.findings.append(
                    Finding(
                        check=check,
                        severity=self.scope.severity[check],
                        field=field,
                        message=f"{self.subject}: {field}: {n - self.cap} more {check} findings not shown "
                        f"(max_findings = {self.cap})",
                        site=self.site,
                    )
                )
        return self.findings
