"""Which schemas the Python package renders: the declared ones, and every schema something rendered uses.

The IR names every inline object schema it meets, whatever the media type
it sits under, because another target may type that content from it.  This
client reads and writes XML and text as `str` and binary content as `bytes`
(`media.READ_AS` and `media.WRITE_AS`), so an inline schema that only such
content uses (`GetTripsResponse200Xml` beside the JSON `GetTripsResponse200`)
would be a model nothing refers to.  `rendered_api` leaves those out:

- every schema declared under `components/schemas` is kept (it is part of the
  API's vocabulary, used or not);
- so is every schema referred to anywhere in the operations, webhooks,
  parameters and headers, except through a body content this client types
  by its media type alone;
- and every schema the kept ones refer to.

The walk over the operations is generic (every field of every record), so a
place a future IR adds types to is covered without a change here.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...ir.digest import schema_refs, type_refs
from ...ir.model import (
    Api,
    ArrayType,
    ConstType,
    JsonArray,
    JsonObject,
    MapType,
    MediaContent,
    NullableType,
    PrimitiveType,
    RefType,
    RequestBody,
    Response,
    UnionType,
)
from ...ir.media import MediaKind
from ...records import Record, field_names, replace
from .media import READ_AS, WRITE_AS

__all__ = ["rendered_api"]

#: the IR's type classes (`ir.model.IRType`): `type_refs` reads the names they refer to
_TYPES = (PrimitiveType, ConstType, ArrayType, MapType, RefType, NullableType, UnionType)
#: JSON pointer prefix of a declared schema (`/components/schemas/<name>`, the name escaped)
_DECLARED = "/components/schemas/"


#: the last (api, result) of `rendered_api`: a run asks for it several times (units, package, summary)
_last: list[tuple[Api, Api]] = []


def rendered_api(api: Api) -> Api:
    """`api` without the schemas the Python package would render but never use (see the module doc)."""
    if _last and _last[0][0] is api:
        return _last[0][1]
    kept = _reached(api)
    result = api if len(kept) == len(api.schemas) else replace(
        api, schemas=tuple(s for s in api.schemas if s.name in kept))
    _last[:] = [(api, result)]
    return result


def _declared(pointer: str) -> bool:
    return pointer.startswith(_DECLARED) and "/" not in pointer[len(_DECLARED):]


def _reached(api: Api) -> set[str]:
    by_name = {s.name: s for s in api.schemas}
    names: set[str] = {s.name for s in api.schemas if _declared(s.pointer)}
    for name in field_names(api):
        if name != "schemas":
            _collect(getattr(api, name), names, None)
    todo = [n for n in names if n in by_name]
    kept: set[str] = set(todo)
    while todo:
        for ref in schema_refs(by_name[todo.pop()]):
            if ref in by_name and ref not in kept:
                kept.add(ref)
                todo.append(ref)
    return kept


def _collect(value: object, names: set[str], table: Mapping[MediaKind, object] | None) -> None:
    """Add the schema names `value` refers to; `table`: the media table of the body being walked."""
    stack: list[tuple[object, Mapping[MediaKind, object] | None]] = [(value, table)]
    while stack:
        item, table = stack.pop()
        if isinstance(item, _TYPES):
            type_refs(item, names)
        elif isinstance(item, tuple):
            stack.extend((member, table) for member in item)
        elif isinstance(item, Record) and not isinstance(item, (JsonArray, JsonObject)):  # examples hold none
            if isinstance(item, RequestBody):
                table = WRITE_AS
            elif isinstance(item, Response):
                table = READ_AS
            elif isinstance(item, MediaContent) and table is not None and table.get(item.kind) is not None:
                continue  # typed by its media type alone: its schema is not used
            stack.extend((getattr(item, name), table) for name in field_names(item))
