"""The meta-schema phase of openapi-spec-validator, with jsonschema-rs doing the bulk of it.

openapi-spec-validator first runs jsonschema (pure Python) over the whole
document against the OpenAPI meta-schema: most of a second on a big spec.
`MetaSchemaValidator` stands in for the library's `schema_validator` and
gives exactly the same errors, in the same order, for much less:

1. Walk the document from the root alongside the meta-schema, knowing at each
   node every subschema jsonschema may apply to it (`meta_shapes.Shape`: all
   branches of every oneOf/anyOf/if, every matching patternProperties entry).
2. A node that jsonschema-rs finds valid under all of those, and that holds
   nothing the two libraries may judge differently (`_scan`), is replaced by
   a *stub*, `{}`, `{"$ref": "#"}` or `[]`, that jsonschema itself accepts
   under the same subschemas; in an object whose keys no keyword counts,
   requires or lists, it is left out instead.  Every keyword then decides as
   it did, so no error changes; stubs and shortened objects print as the
   originals, so no message changes either.  Nothing is stubbed below a
   keyword comparing whole values (enum, const, uniqueItems) or one this walk
   does not model.  A node jsonschema-rs rejects is copied and its children
   are tried in turn.
3. jsonschema (the library's own validator object) runs over the skeleton;
   its errors are the document's errors.

Whenever something is doubtful (jsonschema-rs missing or failing, an unknown
meta-schema, a document too deep for the stack, an error at or under a stub)
the full pass runs as before, from the caller's stack depth, so even a crash
reads the same.
"""

from __future__ import annotations

import math
import sys
from typing import Any, Iterator
from urllib.parse import quote

from .meta_shapes import ADDITIONAL, MetaSchema, Unsupported, for_validator
from ..records import Struct

#: stubs tried for a clean object / array, in order
_STUBS: dict[type, tuple[Any, ...]] = {dict: ({}, {"$ref": "#"}), list: ([],)}
#: stack frames jsonschema may use per level of nesting (measured: 4 to 6), and frames kept spare
_FRAMES_PER_LEVEL = 12
_FRAMES_SPARE = 100
#: deeper documents get the full pass whatever the stack allows (real specs nest a few dozen levels)
_MAX_LEVELS = 128
_I64_MIN, _U64_END = -(2**63), 2**64


class _StandIn:
    """A stub or a shortened copy of an object or array: prints as the original."""

    __slots__ = ()
    _original: object

    def __init__(self, content: Any, original: object) -> None:
        super().__init__(content)  # type: ignore[call-arg]  # dict's or list's
        self._original = original  # type: ignore[misc]  # a slot of each subclass

    def __repr__(self) -> str:
        return repr(self._original)


class _DictStandIn(_StandIn, dict):  # type: ignore[type-arg]
    __slots__ = ("_original",)


class _ListStandIn(_StandIn, list):  # type: ignore[type-arg]
    __slots__ = ("_original",)


_STAND_IN: dict[type, type] = {dict: _DictStandIn, list: _ListStandIn}


def _stub(meta: MetaSchema, value: dict[str, Any] | list[Any], entries: frozenset[str]) -> Any:
    """A stub for `value` that jsonschema accepts under every one of `entries`, or None."""
    kind = type(value)
    for i, content in enumerate(_STUBS[kind]):
        if all(meta.accepts(pointer, content, (kind, i)) for pointer in entries):
            return _STAND_IN[kind](content, value)
    return None


class _Rs:
    """jsonschema-rs validators for sets of meta-schema subschemas (made per run: they hold some memory)."""

    def __init__(self, meta: MetaSchema) -> None:
        import jsonschema_rs

        self.rs, self.meta = jsonschema_rs, meta
        self.registry = jsonschema_rs.Registry([(meta.uri, meta.root)])
        self.validators: dict[frozenset[str], Any] = {}

    def valid(self, value: Any, entries: frozenset[str]) -> bool:
        validator = self.validators.get(entries)
        if validator is None:
            refs = [{"$ref": self.meta.uri + "#" + quote(p, safe="/~")} for p in sorted(entries)]
            validator = self.validators[entries] = self.rs.validator_for(
                {"$schema": self.meta.root["$schema"], "allOf": refs},
                registry=self.registry, validate_formats=False, offline=True)
        try:
            return bool(validator.is_valid(value))
        except Exception:  # noqa: BLE001 - a value jsonschema-rs cannot take is not known to be clean
            return False


def _scan(document: Any, max_depth: int, meta: MetaSchema) -> set[int] | None:
    """Ids of the nodes holding values the two validators may judge differently; None: too deep.

    Those are floats that are integral (Draft 4 `integer` refuses them in
    jsonschema) or not finite, integers beyond 64 bits, keys that are not
    printable ASCII (the regex dialects differ on `$` before a newline and on
    Unicode digits), such strings where the meta-schema checks a `pattern`,
    and anything but plain JSON data.
    """
    bad: set[int] = set()
    keys, anywhere = meta.pattern_keys, meta.pattern_anywhere

    def odd(value: Any, key: Any) -> bool:
        kind = type(value)
        if kind is str:
            return (anywhere or key in keys) and not (value.isascii() and value.isprintable())
        if kind is int:
            return not _I64_MIN <= value < _U64_END
        if kind is float:
            return value.is_integer() or not math.isfinite(value)
        return not (kind is bool or value is None)

    def walk(node: Any, depth: int) -> bool:
        if depth > max_depth:
            raise Unsupported("too deep")
        found = False
        is_dict = type(node) is dict
        for key, value in node.items() if is_dict else enumerate(node):
            if is_dict and (type(key) is not str or not (key.isascii() and key.isprintable())):
                found = True
            kind = type(value)
            if kind is dict or kind is list:
                found = walk(value, depth + 1) or found
            elif odd(value, key):
                found = True
        if found:
            bad.add(id(node))
        return found

    try:
        walk(document, 0)
    except Unsupported:
        return None
    return bad


class Plan(Struct):
    """The skeleton jsonschema is to see."""

    skeleton: Any
    #: where stubs are, or entries were left out
    stubs: set[tuple[Any, ...]]
    #: objects and arrays copied into the skeleton
    copied: int = 0


_DROP = object()


class _Planner:
    def __init__(self, meta: MetaSchema, bad: set[int], max_depth: int) -> None:
        self.meta, self.rs, self.bad, self.max_depth = meta, _Rs(meta), bad, max_depth
        self.stubs: set[tuple[Any, ...]] = set()
        self.copied = 0

    def node(self, value: Any, entries: frozenset[str], path: tuple[Any, ...]) -> Any:
        """`value` with every replaceable descendant replaced (the same object when none is)."""
        shape = self.meta.shape(entries)
        if shape.sealed or len(path) >= self.max_depth:
            return value
        is_dict = type(value) is dict
        # (key, value, entries, additional-property kind, clean); entries None: left as it is
        children: list[tuple[Any, Any, frozenset[str] | None, int, bool]] = []
        for key, child in value.items() if is_dict else enumerate(value):
            kind = type(child)
            if (kind is dict or kind is list) and (not is_dict or type(key) is str):
                child_entries, extra = self.meta.child(shape, key)
                clean = not child_entries or (id(child) not in self.bad and self.rs.valid(child, child_entries))
                children.append((key, child, child_entries, extra, clean))
            elif is_dict:  # stays; counts as an additional property with errors unless known otherwise
                children.append((key, child, None, self.meta.child(shape, key)[1] if type(key) is str else ADDITIONAL,
                                 False))
            else:
                children.append((key, child, None, 0, False))
        prune = is_dict and shape.prunable
        # with one additional property at most that may have errors, the order of the set is moot
        lone = sum(1 for _, _, _, extra, clean in children if extra and not clean) <= 1
        out: list[tuple[Any, Any]] = []
        changed = False
        for key, child, looked_at_by, extra, clean in children:
            if looked_at_by is not None:
                may_drop = prune and (not extra or (extra == ADDITIONAL and lone))
                new = self.child(child, looked_at_by, path + (key,), clean, may_drop)
                changed = changed or new is not child
                if new is _DROP:
                    continue
                child = new
            out.append((key, child))
        if not changed:
            return value
        self.copied += 1
        if prune:
            return _DictStandIn(out, value)
        return dict(out) if is_dict else [c for _, c in out]

    def child(self, value: Any, entries: frozenset[str], path: tuple[Any, ...], clean: bool, may_drop: bool) -> Any:
        """`value`, a stub, a copy with stubs inside, or _DROP (only where `may_drop`)."""
        stub = None
        if clean and may_drop:
            stub = _DROP
        elif not entries:  # nothing looks into it
            stub = _STAND_IN[type(value)]((), value)
        elif clean:
            stub = _stub(self.meta, value, entries)
        if stub is None:
            return self.node(value, entries, path)
        self.stubs.add(path)
        return stub


def _stack_depth() -> int:
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth += 1
        frame = frame.f_back  # type: ignore[assignment]
    return depth


def plan(python: Any, document: Any) -> Plan | None:
    """The skeleton for `document`, or None when the full pass must run."""
    try:
        import jsonschema_rs  # noqa: F401 - optional: without it the full pass runs
    except ImportError:
        return None
    meta = for_validator(python)
    if meta is None or type(document) is not dict:
        return None
    max_depth = min(_MAX_LEVELS, (sys.getrecursionlimit() - _stack_depth() - _FRAMES_SPARE) // _FRAMES_PER_LEVEL)
    bad = _scan(document, max_depth, meta)
    if bad is None:
        return None
    planner = _Planner(meta, bad, max_depth)
    skeleton = planner.node(document, frozenset([""]), ())
    return Plan(skeleton, planner.stubs, planner.copied)


def _touches_stub(err: Any, stubs: set[tuple[Any, ...]]) -> bool:
    """An error (or a cause of one) under a stub, or at one other than a `false` schema's."""
    path = tuple(err.absolute_path)
    for end in range(len(path) + 1):
        if path[:end] in stubs and (end < len(path) or err.validator is not None):
            return True
    return any(_touches_stub(sub, stubs) for sub in err.context)


def skeleton_errors(python: Any, document: Any) -> list[Any] | None:
    """`python`'s errors for `document`, found on a skeleton; None when the full pass must decide."""
    try:
        found = plan(python, document)
        if found is None:
            return None
        errors = list(python.iter_errors(found.skeleton))
        if any(_touches_stub(err, found.stubs) for err in errors):
            return None
    except Exception:  # noqa: BLE001 - anything odd: the full pass decides, and reports any crash itself
        return None
    return errors


def iter_errors(python: Any, document: Any) -> Iterator[Any]:
    """What `python.iter_errors(document)` yields, computed on a skeleton when that is safe.

    The full pass is returned unstarted, so the caller runs it from its own
    stack depth, exactly as it would have without this module.
    """
    errors = skeleton_errors(python, document)
    return iter(errors) if errors is not None else python.iter_errors(document)  # type: ignore[no-any-return]


class MetaSchemaValidator:
    """Stands in for openapi-spec-validator's `schema_validator`: the same errors, cheaper."""

    def __init__(self, python: Any) -> None:
        self.python = python

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        return iter_errors(self.python, instance)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.python, name)
