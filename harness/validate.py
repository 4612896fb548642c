"""Schema validation of article records: one validator per schema, built once per run.

Messages keep jsonschema's JSON path and say what was expected and what was found, e.g.
``$.published: expected ISO 8601 date, got 'yesterday'``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, ValidationError

from harness.model import Finding
from harness.resources import load_schema

CHECK_ID = "schema"


class SchemaConfigError(ValueError):
    """A user schema that cannot be read or is not a valid JSON Schema."""


def _describe(error: ValidationError) -> str:
    where = error.json_path
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if error.validator in ("oneOf", "anyOf") and schema.get("description"):
        expected = str(schema["description"]).split(":")[0].rstrip(".")
        return f"{where}: expected {expected}, got {error.instance!r}"[:500]
    return f"{where}: {error.message}"[:500]


class RecordValidator:
    """Validates records against the built-in article schema plus any user schemas."""

    def __init__(self, extra_schemas: Sequence[Path] = ()) -> None:
        self._validators: list[tuple[str, Draft202012Validator]] = []
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
            validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
            self._validators.append((name, validator))

    def findings(self, record: Mapping[str, Any]) -> list[Finding]:
        out: list[Finding] = []
        for name, validator in self._validators:
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
