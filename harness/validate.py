"""Schema validation of article records: one validator per schema, built once per run.

Messages keep jsonschema's JSON path and say what was expected and what was found, e.g.
``$.published: expected ISO 8601 date, got 'yesterday'``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError, ValidationError

from harness.model import Finding
from harness.resources import load_schema

CHECK_ID = "schema"
#: root keywords that only annotate: a schema with no others is "an object with these properties"
_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "$comment"})
_OBJECT = frozenset({"type", "required", "additionalProperties", "properties"})
_CACHED_LEN = 120  # values up to this long have their verdict remembered (sites, dates, languages)
_CACHE_MAX = 1 << 13  # about 3 MB at most: emptied when full


def _format_checker() -> FormatChecker:
    """Draft 2020-12's format checks, with ``iri`` checked too (jsonschema leaves it unchecked without the
    ``rfc3987`` package): an IRI is a URI that may hold non-ASCII characters, so it is valid iff the URI
    with each of them percent-encoded as UTF-8 is (``https://bücher.de/städte``, ``https://例え.jp/記事``;
    a space, a missing scheme or a bad port is still refused, as for ``uri``). Scraped pages of every
    language have such addresses; the built-in schema's ``url`` is an ``iri``."""
    checker = FormatChecker()
    checker.checkers = dict(Draft202012Validator.FORMAT_CHECKER.checkers)
    uri = checker.checkers.get("uri")
    if uri is not None:
        check_uri, raises = uri

        def iri(value: object) -> bool:
            if not isinstance(value, str):
                return True
            try:
                encoded = "".join(ch if ch.isascii() else quote(ch, safe="") for ch in value)
            except UnicodeEncodeError:  # a lone surrogate (a JSON line's "\ud800"): no character at all
                return False
            return bool(check_uri(encoded))

        checker.checks("iri", raises)(iri)
    return checker


#: the format checks of every record validation (the built-in schema's and the user's)
FORMATS = _format_checker()


class SchemaConfigError(ValueError):
    """A user schema that cannot be read or is not a valid JSON Schema."""


def _describe(error: ValidationError) -> str:
    where = error.json_path
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if error.validator in ("oneOf", "anyOf") and schema.get("description"):
        expected = str(schema["description"]).split(":")[0].rstrip(".")
        return f"{where}: expected {expected}, got {error.instance!r}"[:500]
    if error.validator == "format" and error.validator_value == "iri":  # jsonschema: "is not a 'iri'"
        return f"{where}: {error.instance!r} is not a valid URL (an absolute address, in any script)"[:500]
    return f"{where}: {error.message}"[:500]


class _Valid:
    """A yes/no pre-check, exact for a schema of the shape ``{"type": "object", "required": [...],
    "additionalProperties": false, "properties": {...}}`` (the built-in one): such a record is valid iff
    its keys are the required ones, all allowed, and each value is valid for its property's own schema
    (checked by jsonschema itself, so formats and ``oneOf`` mean the same). Short values' verdicts are
    remembered. A record it does not pass goes through the full validator for the messages, so the
    findings are the full validator's, byte for byte; the pre-check only skips building no errors."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        props = schema.get("properties")
        self.ok = (
            set(schema) <= _ANNOTATIONS | _OBJECT
            and schema.get("type") == "object"
            and schema.get("additionalProperties") is False
            and isinstance(props, Mapping)
            and isinstance(schema.get("required"), list)
            and set(schema["required"]) == set(props)
            and all(isinstance(s, Mapping) and "$ref" not in json.dumps(s) for s in props.values())
        )
        self.keys = frozenset(props) if self.ok and isinstance(props, Mapping) else frozenset()
        self.checks: dict[str, Any] = {}
        if self.ok and isinstance(props, Mapping):
            for name, sub in props.items():
                one = Draft202012Validator(sub, format_checker=FORMATS)
                self.checks[name] = one.is_valid
        self.memo: dict[tuple[str, str | None], bool] = {}

    def __call__(self, record: Mapping[str, Any]) -> bool:
        if not self.ok or len(record) != len(self.keys) or not self.keys.issuperset(record):
            return False
        memo = self.memo
        for name, value in record.items():
            short = value is None or (type(value) is str and len(value) <= _CACHED_LEN)
            if not short:
                if not self.checks[name](value):
                    return False
                continue
            verdict = memo.get((name, value))
            if verdict is None:
                verdict = bool(self.checks[name](value))
                if len(memo) >= _CACHE_MAX:
                    memo.clear()
                memo[(name, value)] = verdict
            if not verdict:
                return False
        return True


class RecordValidator:
    """Validates records against the built-in article schema plus any user schemas."""

    def __init__(self, extra_schemas: Sequence[Path] = ()) -> None:
        self._validators: list[tuple[str, Draft202012Validator]] = []
        self._valid: list[_Valid] = []
        schemas: list[tuple[str, dict[str, Any]]] = [
            ("article.schema.json", load_schema("article.schema.json"))
        ]
        for path in extra_schemas:
            try:
                schemas.append((path.name, json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError) as exc:
                raise SchemaConfigError(f"cannot read schema {path}: {exc}") from exc
        for name, schema in schemas:
            try:
                Draft202012Validator.check_schema(schema)
            except SchemaError as exc:
                raise SchemaConfigError(f"{name} is not a valid JSON Schema: {exc.message}") from exc
            validator = Draft202012Validator(schema, format_checker=FORMATS)
            self._validators.append((name, validator))
            self._valid.append(_Valid(schema))

    def findings(self, record: Mapping[str, Any]) -> list[Finding]:
        out: list[Finding] = []
        for (name, validator), valid in zip(self._validators, self._valid, strict=True):
            if valid(record):
                continue  # the pre-check is exact: no errors to sort or word
            for error in sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path)):
                excerpt = error.instance if isinstance(error.instance, str) else None
                source = "" if name == "article.schema.json" else f" ({name})"
                out.append(
                    Finding(
                        check=CHECK_ID,
                        severity="error",
                        field=error.json_path,
                        message=_describe(error) + source,
                        excerpt=excerpt[:300] if excerpt else None,
                    )
                )
        return out
