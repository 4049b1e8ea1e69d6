"""openapi-spec-validator, run for every finding and mapped to JSON pointers.

The library checks in two phases: the OpenAPI meta-schema over the whole
document (jsonschema errors with absolute paths), then keyword validators
that walk paths, operations and schemas and yield errors *without* a path.
We subclass the keyword validators only to tag each error with the node
being checked, to replace two list registries that make the walk quadratic
with sets, and to skip default-value checks against `pattern`s (a crafted
regex could otherwise run for ever).  `oneOf` errors (Schema vs Reference)
are reduced to the causes in the branch the node was meant to be.

A finding is *tolerable* (a warning: generation can go on) when it is one of
the small set in `_TOLERABLE`; every other finding is an error.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterator

from ..loader import pointer as jp
from . import library_speedups
from .meta_pass import MetaSchemaValidator
from ..records import Record
from .refs import target_of

#: (jsonschema keyword that failed, the spec keyword it failed on) that do not stop generation
_TOLERABLE = frozenset({
    ("minItems", "required"), ("uniqueItems", "required"),
    ("minItems", "enum"), ("uniqueItems", "enum"),
})
#: whole error classes that do not stop generation
_TOLERABLE_CLASSES = frozenset({"ExtraParametersError", "DefaultValueError", "DuplicateTagError"})
#: error classes whose subject our own checks report better
_OURS = frozenset({"DuplicateOperationIDError", "UnresolvableParameterError"})


class Finding(Record):
    """One finding of openapi-spec-validator: where in the spec, what is wrong, and if it is tolerable."""

    segments: tuple[str, ...]
    message: str
    keyword: str  # the jsonschema keyword or error class
    tolerable: bool


class _IdSet(list):  # type: ignore[type-arg]
    """A list the library only appends to and tests with `in`: backed by a set."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[Any] = set()

    def append(self, item: Any) -> None:
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


#: openapi-spec-validator picks its meta-schema backend from this variable when first imported;
#: "auto" would switch to jsonschema-rs wherever that happens to be installed, whose errors
#: carry no keyword, value or sub-errors, and every finding below is read from those
BACKEND_VARIABLE = "OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND"


def _validator_classes() -> dict[str, type]:
    import os

    os.environ[BACKEND_VARIABLE] = "jsonschema"
    library_speedups.install()
    from jsonschema_path.paths import SchemaPath
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.validation import keywords
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    def tagged(cls: type, extra: tuple[str, ...] = ()) -> type:
        class Tagged(cls):  # type: ignore[valid-type, misc]
            def __init__(self, registry: Any) -> None:
                super().__init__(registry)
                for attr in ("visited_schema_ids", "meta_checked_schema_ids", "operation_ids_registry"):
                    if isinstance(getattr(self, attr, None), list):
                        setattr(self, attr, _IdSet())

            def __call__(self, *args: Any, **kw: Any) -> Iterator[Any]:
                node = next((a for a in args if isinstance(a, SchemaPath)), None)
                if extra and node is not None:  # default-value check
                    value = node.read_value()
                    if isinstance(value, dict) and ("pattern" in value or "patternProperties" in value):
                        return
                for err in super().__call__(*args, **kw):
                    if not isinstance(err, OpenAPIValidationError):  # the library re-wraps these, losing our tags
                        err = OpenAPIValidationError.create_from(err)
                    if node is not None and getattr(err, "sdkgen_parts", None) is None:
                        err.sdkgen_parts = tuple(str(p) for p in node.parts) + extra
                        if extra:
                            err.sdkgen_class = "DefaultValueError"
                    yield err

        Tagged.__name__ = Tagged.__qualname__ = cls.__name__
        return Tagged

    out = {}
    for version, base in (("3.0", OpenAPIV30SpecValidator), ("3.1", OpenAPIV31SpecValidator)):
        table = {}
        for name, cls in base.keyword_validators.items():
            is_value = isinstance(cls, type) and issubclass(cls, keywords.ValueValidator)
            table[name] = tagged(cls, ("default",) if is_value else ())
        out[version] = type(f"Sdkgen{base.__name__}", (base,),
                            {"keyword_validators": table, "resolver_handlers": {}})
    return out


_CLASSES: dict[str, type] | None = None


def run(document: dict, version: str, *, fast_meta: bool = True) -> tuple[list[Finding], str | None]:
    """All findings, and a note when the validator itself broke down.

    `fast_meta=False` runs the meta-schema phase in pure jsonschema, as the
    library does, instead of on `meta_pass`'s skeleton (same findings).
    """
    global _CLASSES
    if _CLASSES is None:
        _CLASSES = _validator_classes()
    validator = _CLASSES[version](document)
    if fast_meta:
        validator.schema_validator = MetaSchemaValidator(validator.schema_validator)
    findings: list[Finding] = []
    crash = None
    try:
        for err in validator.iter_errors():
            findings.extend(_findings(document, err))
    except RecursionError:
        crash = "the document is nested too deeply for openapi-spec-validator"
    except Exception as exc:  # noqa: BLE001 - a broken validator must not hide the report
        crash = f"openapi-spec-validator stopped: {type(exc).__name__}: {str(exc)[:200]}"
    return findings, crash


def _findings(document: dict, err: Any) -> Iterator[Finding]:
    cls = getattr(err, "sdkgen_class", None) or type(err).__name__
    if cls in _OURS:
        return
    if cls == "OpenAPIValidationError" and str(err.message).startswith("Duplicate tag name"):
        cls = "DuplicateTagError"
    base = getattr(err, "sdkgen_parts", None) or ()
    for leaf in _leaves(err):
        path = tuple(base) + tuple(str(p) for p in leaf.absolute_path)
        keyword = leaf.validator if isinstance(leaf.validator, str) else cls
        message = _message(leaf)
        if keyword == "required" and isinstance(leaf.validator_value, list) and isinstance(leaf.instance, dict):
            missing = _missing_property(leaf)
            if missing is not None:
                path += (missing,)
        if cls == "DefaultValueError":
            message = f"the default value does not match its schema: {message}"
        segments = canonical(document, path)
        spec_keyword = segments[-1] if segments else ""
        if keyword == "minItems" and leaf.instance == [] and spec_keyword in ("required", "enum"):
            message = f"`{spec_keyword}` is an empty list; the OpenAPI schema requires at least one entry"
        tolerable = cls in _TOLERABLE_CLASSES or (keyword, spec_keyword) in _TOLERABLE
        yield Finding(segments, message, keyword if keyword else cls, tolerable)


def _missing_property(err: Any) -> str | None:
    for name in err.validator_value:
        if name not in err.instance:
            return str(name)
    return None


def _is_ref_branch(errors: list[Any]) -> bool:
    return any(e.validator == "required" and "'$ref'" in str(e.message) for e in errors)


def _leaves(err: Any) -> Iterator[Any]:
    """The causes behind an error: for oneOf/anyOf, those of the branch the node was meant to match."""
    if not err.context:
        yield err
        return
    branches: dict[Any, list[Any]] = defaultdict(list)
    for sub in err.context:
        branches[sub.relative_schema_path[0] if sub.relative_schema_path else 0].append(sub)
    candidates = list(branches.values())
    depth = len(err.absolute_path)
    # a branch whose type does not even fit the node is not the one the author meant
    fitting = [b for b in candidates if not any(e.validator == "type" and len(e.absolute_path) == depth for e in b)]
    candidates = fitting or candidates
    if isinstance(err.instance, dict):
        wants_ref = "$ref" in err.instance
        preferred = [b for b in candidates if _is_ref_branch(b) == wants_ref]
        candidates = preferred or candidates
    # then the branch that got furthest into the node
    best = min(candidates, key=lambda b: (-max(len(e.absolute_path) for e in b), len(b)))
    for sub in best:
        yield from _leaves(sub)


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _message(err: Any) -> str:
    kw, inst, val = err.validator, err.instance, err.validator_value
    if kw == "required" and isinstance(val, list) and isinstance(inst, dict):
        missing = _missing_property(err)
        if missing is not None:
            return f"required field '{missing}' is missing"
    if kw == "minItems" and inst == []:
        return "this list is empty, but the OpenAPI schema requires at least one entry"
    if kw == "type":
        return f"expected {val if isinstance(val, str) else ' or '.join(map(str, val))}, found {_short(inst)}"
    if kw == "enum":
        return f"{_short(inst)} is not one of {_short(val, 120)}"
    if kw == "additionalProperties":
        return str(err.message)[:300]
    text = str(err.message)
    return text if len(text) <= 300 else text[:297] + "..."


def canonical(document: dict, path: tuple[str, ...]) -> tuple[str, ...]:
    """The path of the node in the document, following local refs the validator walked through."""
    out: list[str] = []
    node: Any = document
    for seg in path:
        hops = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seg != "$ref" and seg not in node and hops < 16:
            target = target_of(document, node["$ref"])
            if target is jp.MISSING:
                break
            out = jp.split(jp.from_fragment(node["$ref"][1:]))
            node, hops = target, hops + 1
        out.append(seg)
        node = jp.resolve(node, [seg]) if node is not jp.MISSING else jp.MISSING
    return tuple(out)
