"""Top-level checks: the OpenAPI version (which picks the validator) and `info`."""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic, error

_VERSION = re.compile(r"^3\.([01])\.\d+(?:-[0-9A-Za-z.-]+)?$")
CONVERT_HINT = ("convert it with swagger2openapi (`npx swagger2openapi spec.yaml -o openapi.yaml`) "
                "or the Swagger Editor (Edit > Convert to OpenAPI 3)")


def check_version(document: dict) -> tuple[list[Diagnostic], str | None, bool]:
    """(diagnostics, "3.0" / "3.1" or None, whether to check anything else)."""
    if "swagger" in document:
        return [error("/swagger", f"Swagger {document['swagger']} is not supported; this tool reads OpenAPI 3.0 and 3.1",
                      CONVERT_HINT, code="unsupported-version")], None, False
    if "openapi" not in document:
        return [error("/openapi", "the `openapi` field is missing, so this is not an OpenAPI document",
                      "start the document with `openapi: 3.0.3` (or 3.1.0)", code="no-version")], None, True
    value = document["openapi"]
    if not isinstance(value, str):
        return [error("/openapi", f"`openapi` must be a version string such as \"3.0.3\", not {value!r}",
                      'write the full version in quotes: openapi: "3.0.3"', code="bad-version")], None, True
    if value.startswith("2."):
        return [error("/openapi", f"OpenAPI/Swagger {value} is not supported; this tool reads OpenAPI 3.0 and 3.1",
                      CONVERT_HINT, code="unsupported-version")], None, False
    match = _VERSION.match(value)
    if match is None:
        return [error("/openapi", f"OpenAPI version {value!r} is not supported (supported: 3.0.x and 3.1.x)",
                      'use a version such as "3.0.3" or "3.1.0"', code="unsupported-version")], None, True
    return [], f"3.{match.group(1)}", True


def check_info(document: dict) -> list[Diagnostic]:
    info = document.get("info")
    if info is None:
        return [error("/info", "the `info` object is missing",
                      "add `info:` with `title:` and `version:` (the version of your API)", code="no-info")]
    if not isinstance(info, dict):
        return [error("/info", f"`info` must be a mapping, not {type(info).__name__}",
                      "give `info` a `title:` and a `version:`", code="bad-info")]
    out = []
    if "title" not in info:
        out.append(error("/info/title", "`info.title` is missing", "add `title:` (the API's name) under `info`",
                         code="no-info-title"))
    if "version" not in info:
        out.append(error("/info/version", "`info.version` is missing",
                         "add `version:` (the version of your API, e.g. \"1.0.0\") under `info`",
                         code="no-info-version"))
    return out
