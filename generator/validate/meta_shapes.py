"""What the OpenAPI meta-schema may apply where, as jsonschema reads it (for `meta_pass`).

A `Shape` is every subschema of the meta-schema that jsonschema may apply to
one node of a document, given the subschemas applied to it from its parent
("entries", JSON pointers into the meta-schema): the entries themselves, and
what they apply in place ($ref, allOf/anyOf/oneOf, not, if/then/else,
dependent schemas), all branches alike.  `MetaSchema.child` gives the entries
of a child from the parent's shape (properties, patternProperties matched with
Python's `re` as jsonschema does, additionalProperties, items, ...).  It is an
over-approximation: a node valid under every entry of its shape is valid
wherever jsonschema looks at it.

A meta-schema using anything this does not model (other drafts' keywords,
embedded resources, remote refs, unevaluatedItems, unevaluatedProperties
beside a subschema that jsonschema and the spec count differently) is
`Unsupported`; so is a keyword applying to a node that is neither modelled
here nor ignored by jsonschema, below which `Shape.sealed` says to change
nothing.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..records import Struct, field

_DRAFTS = {"http://json-schema.org/draft-04/schema#": 4, "https://json-schema.org/draft/2020-12/schema": 2020}
#: keywords applying subschemas to the node's values or items
_CHILDREN = frozenset({"properties", "patternProperties", "additionalProperties", "unevaluatedProperties",
                       "items", "additionalItems", "prefixItems", "contains"})
#: keywords looking at the node's own type, size, keys or scalar value only
_LOCAL = frozenset({"type", "required", "minProperties", "maxProperties", "propertyNames", "dependentRequired",
                    "minItems", "maxItems", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
                    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minContains", "maxContains"})
#: the only keywords an object may be checked with for entries to be left out of it
_KEY_BLIND = frozenset({"type", "properties", "patternProperties", "additionalProperties", "format"})
#: where subschemas sit, for checking the whole meta-schema
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems", "items"})
_SCHEMA_ONE = frozenset({"not", "if", "then", "else", "additionalProperties", "unevaluatedProperties", "items",
                         "additionalItems", "contains", "propertyNames", "unevaluatedItems"})
#: `MetaSchema.child`: kinds of additional property
ADDITIONAL, NAMED = 1, 2
#: `MetaSchema._index`: this subschema checks keys, not string values
_KEYS = "\0keys"


class Unsupported(Exception):
    """The meta-schema (or a document) is outside what is modelled here."""


def escape(segment: str | int) -> str:
    return str(segment).replace("~", "~0").replace("/", "~1")


def _all_keywords() -> frozenset[str]:
    from jsonschema import validators

    found: set[str] = set()
    for cls in (validators.Draft3Validator, validators.Draft4Validator, validators.Draft6Validator,
                validators.Draft7Validator, validators.Draft201909Validator, validators.Draft202012Validator):
        found.update(cls.VALIDATORS)
    return frozenset(found)


class Shape(Struct):
    """Every subschema that may apply to one node, with its keywords in force."""

    nodes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: nothing below the node may be stubbed (a comparing or unmodelled keyword applies)
    sealed: bool = False
    #: no keyword but format (not asserted) applies: the node's content does not matter
    trivial: bool = True
    #: clean entries may be left out of an object here
    prunable: bool = True
    #: key -> (the subschemas for its value, `MetaSchema.child`'s additional-property kind)
    children: dict[Any, tuple[frozenset[str], int]] = field(default_factory=dict)


class MetaSchema:
    """One OpenAPI meta-schema as jsonschema reads it."""

    def __init__(self, python: Any) -> None:
        if getattr(python, "format_checker", None) is not None:
            raise Unsupported("formats are asserted")
        self.python = python
        self.root: dict[str, Any] = json.loads(json.dumps(dict(python.schema)))
        self.draft = _DRAFTS.get(self.root.get("$schema", ""))
        self.uri = self.root.get("$id" if self.draft == 2020 else "id")
        if self.draft is None or not isinstance(self.uri, str):
            raise Unsupported("an unknown meta-schema")
        self.keywords = frozenset(python.VALIDATORS)
        # keywords another draft applies (jsonschema-rs might): Draft 4 reads exclusiveMinimum/Maximum in minimum/maximum
        self.foreign = _all_keywords() - self.keywords - {"then", "else"}
        if self.draft == 4:
            self.foreign -= {"exclusiveMinimum", "exclusiveMaximum"}
        self.anchors: dict[str, str] = {}
        self.pattern_keys: set[str] = set()
        self.pattern_anywhere = False
        self._shapes: dict[frozenset[str], Shape] = {}
        self._accepts: dict[tuple[str, Any], bool] = {}
        unevaluated: list[str] = []
        self._index(self.root, "", None, unevaluated)
        for pointer in unevaluated:
            # jsonschema counts properties evaluated by `additionalProperties` or a nested
            # `unevaluatedProperties` only in special cases, jsonschema-rs as the spec says
            if any(isinstance(n.get(k), dict) for _, n in self.shape(frozenset([pointer])).nodes
                   for k in ("additionalProperties", "unevaluatedProperties")):
                raise Unsupported(f"unevaluatedProperties beside a subschema at {pointer}")

    def _index(self, node: Any, pointer: str, via: str | None, unevaluated: list[str]) -> None:
        """Check every subschema; note dynamic anchors and where `pattern` meets string values."""
        if isinstance(node, bool):
            return
        if not isinstance(node, dict):
            raise Unsupported(f"a subschema that is not an object at {pointer}")
        if pointer and any(k in node for k in ("$id", "id", "$schema")):
            raise Unsupported(f"an embedded resource at {pointer}")
        if self.foreign.intersection(node) or "unevaluatedItems" in node:
            raise Unsupported(f"a keyword this pass does not model at {pointer}")
        if "unevaluatedProperties" in node:
            unevaluated.append(pointer)
        if "$dynamicAnchor" in node:
            if node["$dynamicAnchor"] in self.anchors:
                raise Unsupported("a repeated dynamic anchor")
            self.anchors[node["$dynamicAnchor"]] = pointer
        if "pattern" in node and via != _KEYS:
            if via is None:
                self.pattern_anywhere = True
            else:
                self.pattern_keys.add(via)
        for kw, value in node.items():
            at = f"{pointer}/{escape(kw)}"
            if kw in _SCHEMA_MAPS and isinstance(value, dict):
                for name, sub in value.items():
                    if not isinstance(sub, list):  # (Draft 4 `dependencies` lists name properties)
                        self._index(sub, f"{at}/{escape(name)}", name if kw == "properties" else None, unevaluated)
            elif kw in _SCHEMA_LISTS and isinstance(value, list):
                for i, sub in enumerate(value):
                    self._index(sub, f"{at}/{i}", None if kw == "items" else via, unevaluated)
            elif kw in _SCHEMA_ONE:
                inner = _KEYS if kw == "propertyNames" else None
                self._index(value, at, via if kw in ("not", "if", "then", "else") else inner, unevaluated)

    def node(self, pointer: str) -> Any:
        node: Any = self.root
        for seg in pointer.split("/")[1:]:
            key = seg.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def _target(self, kw: str, ref: Any) -> str:
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise Unsupported(f"a non-local {kw}")
        if kw == "$dynamicRef" and not ref.startswith("#/"):
            return self.anchors[ref[1:]]  # the only anchor of that name: the dynamic scope cannot change it
        return ref[1:]

    def shape(self, entries: frozenset[str]) -> Shape:
        shape = self._shapes.get(entries)
        if shape is None:
            shape = self._shapes[entries] = self._expand(entries)
        return shape

    def _expand(self, entries: frozenset[str]) -> Shape:
        shape = Shape()
        todo, seen = list(entries), set()
        while todo:
            pointer = todo.pop()
            node = self.node(pointer)
            if pointer in seen or isinstance(node, bool):  # true and false decide alike for every value
                continue
            seen.add(pointer)
            if self.draft == 4 and "$ref" in node:  # Draft 4 ignores the siblings of $ref
                todo.append(self._target("$ref", node["$ref"]))
                continue
            shape.nodes.append((pointer, node))
            for kw, value in node.items():
                if kw not in self.keywords:
                    continue  # jsonschema ignores it
                shape.trivial = shape.trivial and kw == "format"
                shape.prunable = shape.prunable and kw in _KEY_BLIND
                at = f"{pointer}/{escape(kw)}"
                if kw in ("$ref", "$dynamicRef"):
                    todo.append(self._target(kw, value))
                elif kw in ("allOf", "anyOf", "oneOf"):
                    todo.extend(f"{at}/{i}" for i in range(len(value)))
                elif kw == "not":
                    todo.append(at)
                elif kw == "if":
                    todo.extend(f"{pointer}/{k}" for k in ("if", "then", "else") if k in node)
                elif kw in ("dependentSchemas", "dependencies"):
                    todo.extend(f"{at}/{escape(k)}" for k, v in value.items() if not isinstance(v, list))
                elif kw in ("enum", "const") or (kw == "uniqueItems" and value):
                    shape.sealed = True  # compares whole values: a stub below would change the outcome
                elif kw not in _CHILDREN and kw not in _LOCAL and kw != "uniqueItems":
                    shape.sealed = True
        return shape

    def child(self, shape: Shape, key: str | int) -> tuple[frozenset[str], int]:
        """The subschemas that may apply to the value at `key` of a node of this shape, and a kind:

        0 when `key` is no additional property, ADDITIONAL when it is one
        checked by a subschema (jsonschema visits those in the order of a set,
        which depends on every member), NAMED when `additionalProperties:
        false` names it in a message.
        """
        known = shape.children.get(key)
        if known is not None:
            return known
        found: list[str] = []
        extra = 0
        for pointer, node in shape.nodes:
            if isinstance(key, str):
                props, patterns = node.get("properties", {}), node.get("patternProperties", {})
                if key in props:
                    found.append(f"{pointer}/properties/{escape(key)}")
                found.extend(f"{pointer}/patternProperties/{escape(p)}" for p in patterns if re.search(p, key))
                joined = "|".join(patterns)  # as jsonschema's find_additional_properties decides
                if "additionalProperties" in node and key not in props and not (joined and re.search(joined, key)):
                    found.append(f"{pointer}/additionalProperties")
                    extra = max(extra, NAMED if node["additionalProperties"] is False else ADDITIONAL)
                if "unevaluatedProperties" in self.keywords and "unevaluatedProperties" in node:
                    found.append(f"{pointer}/unevaluatedProperties")
                continue
            items, prefix = node.get("items"), node.get("prefixItems", [])
            if self.draft == 4 and isinstance(items, list):
                if key < len(items):
                    found.append(f"{pointer}/items/{key}")
                elif "additionalItems" in node:
                    found.append(f"{pointer}/additionalItems")
            elif self.draft != 4 and key < len(prefix):
                found.append(f"{pointer}/prefixItems/{key}")
            elif items is not None:
                found.append(f"{pointer}/items")
            if self.draft != 4 and "contains" in node:
                found.append(f"{pointer}/contains")
        # true, false and annotation-only subschemas decide alike for every value
        entries = frozenset(p for p in found if not isinstance(self.node(p), bool) and not self.shape(frozenset([p])).trivial)
        shape.children[key] = entries, extra
        return entries, extra

    def accepts(self, pointer: str, value: Any, key: Any) -> bool:
        """Whether jsonschema finds `value` valid under the subschema at `pointer` (cached under `key`)."""
        if (pointer, key) not in self._accepts:
            self._accepts[pointer, key] = bool(self.python.evolve(schema=self.node(pointer)).is_valid(value))
        return self._accepts[pointer, key]


_CACHE: dict[int, MetaSchema | None] = {}


def for_validator(python: Any) -> MetaSchema | None:
    """The meta-schema of a jsonschema validator object, or None when it is not supported."""
    key = id(python.schema)
    if key not in _CACHE:
        try:
            _CACHE[key] = MetaSchema(python)
        except (Unsupported, KeyError, ValueError, TypeError, AttributeError):
            _CACHE[key] = None
    return _CACHE[key]
