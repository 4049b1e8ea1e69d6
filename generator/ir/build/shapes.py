"""What a raw schema node declares, read without building anything: its types, and the name hint
its pointer gives (`#/components/schemas/Order/properties/items/items` -> `OrderItemsItem`)."""

from __future__ import annotations

from ..model import IRType, NullableType
from . import primitives as prim
from .context import SCHEMA_PREFIX, Node, unescape
from .hoist import child


def declared_types(node: dict[str, Node]) -> tuple[list[str], bool]:
    """The non-null types a schema declares, and whether null is among them."""
    declared = node.get("type")
    if isinstance(declared, str):
        return ([] if declared == "null" else [declared]), declared == "null"
    if isinstance(declared, list):
        names = [t for t in declared if isinstance(t, str)]
        return [t for t in names if t != "null"], "null" in names
    return [], False


def inferred_type(node: dict[str, Node]) -> str | None:
    """The type a schema without `type` implies by its keywords: object, array, or None."""
    if "properties" in node or "additionalProperties" in node:
        return "object"
    if "items" in node or "prefixItems" in node:
        return "array"
    return None


_POINTER_SUFFIXES = {"items": "Item", "additionalProperties": "Value"}


def hint_from_pointer(pointer: str) -> str | None:
    """The hoisting name of a node inside a component, from its pointer.

    `/components/schemas/Order/properties/customer` -> `OrderCustomer`, so a
    deep `$ref` names the node as the component's own walk would.
    """
    if not pointer.startswith(SCHEMA_PREFIX):
        return None
    tokens = [unescape(t) for t in pointer[len(SCHEMA_PREFIX):].split("/")]
    hint = tokens[0]
    rest = tokens[1:]
    while rest:
        key = rest.pop(0)
        if key == "properties" and rest:
            hint = child(hint, rest.pop(0))
        elif key in _POINTER_SUFFIXES:
            hint += _POINTER_SUFFIXES[key]
        elif key in ("oneOf", "anyOf") and rest and rest[0].isdigit():
            hint += ("OneOf" if key == "oneOf" else "AnyOf") + str(int(rest.pop(0)) + 1)
        elif key == "allOf" and rest:
            rest.pop(0)
        else:
            return None
    return hint


def wrap_nullable(inner: IRType) -> IRType:
    if isinstance(inner, NullableType) or inner == prim.NULL:
        return inner
    return NullableType(inner)
