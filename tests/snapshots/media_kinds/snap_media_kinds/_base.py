"""Base classes of the generated models (shared, so each model stays small).

Reading and writing data: `from_dict` / `from_json` parse what a server (or
anyone) sent; they validate, and when the data does not fit the schema (the
server sends a string for an integer, omits a required field, adds enum
values) they keep what does not fit as it came instead of failing, so a
client never breaks on a server's answer and the data round-trips.  Building
a model with its constructor (`Order(amount=1)`) or `model_validate`
validates strictly.  `to_dict` / `to_json` emit only the fields that were set
(a field explicitly set to None is sent as null), by wire name.
"""

from __future__ import annotations

import enum
import json
import types
from collections.abc import Mapping
from typing import (
    Annotated,
    Any,
    ClassVar,
    Generic,
    TypeVar,
    Union,
    get_args,
    get_origin,
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    Tag,
    TypeAdapter,
    ValidationError,
    model_serializer,
)
from pydantic.fields import FieldInfo

__all__ = [
    "Model",
    "RootSchema",
    "OpenEnum",
    "OpenStrEnum",
    "OpenIntEnum",
    "OpenNumberEnum",
    "best_fit",
    "discriminator",
    "parse",
    "parse_json",
]

_M = TypeVar("_M", bound="Model")
_R = TypeVar("_R", bound="RootSchema[Any]")
_T = TypeVar("_T")

_CONFIG = ConfigDict(
    populate_by_name=True,
    extra="allow",
    defer_build=True,
    protected_namespaces=(),
    arbitrary_types_allowed=False,
)
_DUMP: dict[str, Any] = {"by_alias": True, "exclude_unset": True, "warnings": False}
#: the serialization context of a request: models leave out their read-only fields
REQUEST: dict[str, Any] = {"sdkgen_request": True}


class Model(BaseModel):
    """A schema object: wire names as aliases, unknown fields kept."""

    model_config = _CONFIG
    #: the wire names of the fields the spec marks `readOnly`: a request leaves them out
    _read_only: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _without_read_only(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        data = handler(self)
        # a value kept as it came (`parse`) may be no model at all
        read_only = getattr(type(self), "_read_only", None)
        if read_only and isinstance(data, dict) and info.context == REQUEST:
            return {k: v for k, v in data.items() if k not in read_only}
        return data

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        return _as(cls, parse(cls, data))

    @classmethod
    def from_json(cls: type[_M], text: str | bytes) -> _M:
        return _as(cls, parse_json(cls, text))

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", **_DUMP)

    def to_json(self) -> str:
        return self.model_dump_json(**_DUMP)

    def __str__(self) -> str:
        return self.to_json()

    @classmethod
    def _salvage(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """The fields that fit, typed; the others as they came; missing ones None and unset."""
        values: dict[str, Any] = {}
        given: set[str] = set()
        used: set[str] = set()
        for name, info in _fields(cls).items():
            key = next(
                (k for k in (wire_name(info), name) if k is not None and k in data),
                None,
            )
            if key is None:
                if info.is_required():
                    values[name] = None
                continue
            values[name] = parse(_annotation(info.annotation, info.metadata), data[key])
            given.add(name)
            used.add(key)
        model = cls.model_construct(_fields_set=given, **values)
        # unknown keys go in directly: as keywords they could clash with model_construct's
        # own (`cls`, `_fields_set`) or with a field's Python name
        extra = {k: v for k, v in data.items() if k not in used}
        if extra:
            model.__pydantic_extra__ = {**(model.__pydantic_extra__ or {}), **extra}
        return model


class RootSchema(RootModel[_T], Generic[_T]):
    """A named schema that is not an object (an alias, array or union)."""

    model_config = ConfigDict(defer_build=True)

    @classmethod
    def from_dict(cls: type[_R], data: Any) -> _R:
        try:
            return _as(cls, _validate(cls, data))
        except ValidationError:
            info = _fields(cls)["root"]
            return cls.model_construct(
                parse(_annotation(info.annotation, info.metadata), data)
            )

    @classmethod
    def from_json(cls: type[_R], text: str | bytes) -> _R:
        return cls.from_dict(json.loads(text))

    def to_dict(self) -> Any:
        return self.model_dump(mode="json", **_DUMP)

    def to_json(self) -> str:
        return self.model_dump_json(**_DUMP)


_ADAPTERS: dict[int, tuple[Any, TypeAdapter[Any]]] = {}


def adapter(tp: Any) -> TypeAdapter[Any]:
    """A cached `TypeAdapter` for a type object."""
    cached = _ADAPTERS.get(id(tp))
    if cached is None or cached[0] is not tp:
        cached = (tp, TypeAdapter(tp))
        _ADAPTERS[id(tp)] = cached
    return cached[1]


def _fields(cls: type[BaseModel]) -> dict[str, FieldInfo]:
    """The fields of a model, their annotations resolved (models are built lazily,
    so until then an annotation may still be a forward reference)."""
    if not cls.__pydantic_complete__:
        cls.model_rebuild()
    return cls.model_fields


def _annotation(annotation: Any, metadata: list[Any]) -> Any:
    return Annotated[(annotation, *metadata)] if metadata else annotation


def _as(cls: type[_T], value: Any) -> _T:
    if not isinstance(value, cls):
        raise ValueError(
            f"{cls.__name__} expects an object, not {type(value).__name__}"
        )
    return value


def _validate(tp: Any, data: Any) -> Any:
    """Validate JSON data as JSON, strictly: a value is never converted to another JSON type."""
    try:
        text = json.dumps(data)
    except (TypeError, ValueError):
        # Python objects (a datetime, a model): validate them as such
        return adapter(tp).validate_python(data)
    return adapter(tp).validate_json(text, strict=True)


def parse_json(tp: Any, text: str | bytes) -> Any:
    """A JSON document as type `tp`, like `parse`."""
    try:
        return adapter(tp).validate_json(text, strict=True)
    except ValidationError:
        return parse(tp, json.loads(text))


def parse(tp: Any, data: Any) -> Any:
    """`data` as type `tp`: validated, or, where it does not fit, kept as it came.

    Validation is strict about JSON types ("2" is not read as 2 for an
    integer), so what is kept and what is typed both serialise back to the
    same JSON.
    """
    try:
        return _validate(tp, data)
    except ValidationError:
        pass
    origin, args = get_origin(tp), get_args(tp)
    if isinstance(tp, type) and issubclass(tp, Model) and isinstance(data, Mapping):
        return tp._salvage(data)
    if isinstance(tp, type) and issubclass(tp, RootSchema):
        return tp.from_dict(data)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(data)  # an open enum keeps a value it does not list as a member
        except (ValueError, TypeError):
            return data
    if origin is Annotated:
        picked = _tagged_variant(args, data)
        return data if picked is None else parse(picked, data)
    if origin is list and args and isinstance(data, list):
        return [parse(args[0], item) for item in data]
    if origin is dict and len(args) == 2 and isinstance(data, Mapping):
        return {key: parse(args[1], item) for key, item in data.items()}
    if origin in (Union, types.UnionType):
        for option in args:
            if _same_shape(option, data):
                return parse(option, data)
    return data


def _tagged_variant(args: tuple[Any, ...], data: Any) -> Any:
    """For `Annotated[Union[Annotated[A, Tag("A")], ...], Discriminator]`: the variant
    the discriminator picks for `data` (not the first one of the same shape); None
    when it picks none for an object (a variant this client does not know: kept as
    it came); otherwise the annotated type itself."""
    found = next((a for a in args[1:] if isinstance(a, Discriminator)), None)
    if found is None or not callable(found.discriminator):
        return args[0]
    tag = found.discriminator(data)
    if tag is None and isinstance(data, Mapping):
        return None
    for option in get_args(args[0]):
        if get_origin(option) is Annotated and any(
            isinstance(meta, Tag) and meta.tag == tag for meta in get_args(option)[1:]
        ):
            return option
    return args[0]


def _same_shape(tp: Any, data: Any) -> bool:
    """Whether `data` is the kind of JSON value `tp` holds (an object, an array)."""
    if get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    if isinstance(tp, type) and issubclass(tp, Model) or get_origin(tp) is dict:
        return isinstance(data, Mapping)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return isinstance(data, (str, int, float)) and not isinstance(data, bool)
    return get_origin(tp) is list and isinstance(data, list)


def _pseudo_member(cls: type[enum.Enum], value: object) -> Any:
    """A member for a value the spec does not list (servers add values)."""
    base: Any = getattr(cls, "_member_type_", object)
    member: Any = object.__new__(cls) if base is object else base.__new__(cls, value)
    member._name_ = str(value)
    member._value_ = value
    return member


class OpenEnum(enum.Enum):
    """An enum that accepts values it does not list, keeping them as they are."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # null is never a member (a nullable field allows None itself); pydantic
        # also passes None here for a JSON value it did not find
        return None if value is None else _pseudo_member(cls, value)


class OpenStrEnum(str, enum.Enum):
    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _pseudo_member(cls, value) if isinstance(value, str) else None

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, enum.Enum):
    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return _pseudo_member(cls, value)
        return None


class OpenNumberEnum(enum.Enum):
    """An enum of `number` values: each keeps its JSON type (1 stays an int, 1.5 a float)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _pseudo_member(cls, value)
        return None


def discriminator(
    prop: str,
    mapping: Mapping[str, str],
    variants: Mapping[str, type[BaseModel]] | None = None,
) -> Discriminator:
    """Pick a union variant by the value of `prop` (wire name) via `mapping`.

    A variant's own instance is that variant.  A value without the property
    (specs put the tag where the variants do not declare it) goes to the variant
    of `variants` (tag -> model) whose fields it fits best, as in `best_fit`.  A
    tag the mapping does not list goes, the same way, to a variant that may carry
    it (one without the property, or whose enum for it lists the value), else to
    none: the value is kept as it came (a variant the client does not know yet).
    """
    pairs = list((variants or {}).items())

    def tag(value: Any) -> str | None:
        own = next((t for t, cls in pairs if type(value) is cls), None)
        if own is not None:
            return own
        if isinstance(value, Mapping):
            found = value.get(prop)
        elif isinstance(value, BaseModel):
            found = _attribute(value, prop)
        else:
            return None
        if isinstance(found, enum.Enum):
            found = found.value
        if found is None:
            return _fit(pairs, value)
        picked = mapping.get(str(found))
        if picked is None:  # only among the variants that may carry this tag value
            return _fit([p for p in pairs if _may_carry(p[1], prop, found)], value)
        return picked

    return Discriminator(tag)


def _may_carry(cls: type[BaseModel], prop: str, value: Any) -> bool:
    """Whether a `cls` may hold `value` in `prop` (wire name) though the mapping does not
    say so: when it has no such field, or the field's enum lists the value."""
    info = next((i for n, i in cls.model_fields.items() if _wire(n, i) == prop), None)
    if info is None:
        return True
    kinds = (info.annotation, *get_args(info.annotation))
    return any(
        isinstance(k, type)
        and issubclass(k, enum.Enum)
        and any(m.value == value for m in k)
        for k in kinds
    )


def best_fit(*models: type[BaseModel]) -> Discriminator:
    """Pick, in a union of models, the one whose fields a value fits best.

    Every model keeps keys it does not declare, so each accepts any object, and
    pydantic's own choice falls on the first whenever the keys do not tell.
    The pick is the model that declares every required key the value has, and
    then the most of its keys (the first on a tie).  Tags are the models'
    positions: "0", "1", ...
    """
    pairs = [(str(i), cls) for i, cls in enumerate(models)]
    return Discriminator(lambda value: _fit(pairs, value))


#: per model class: (the names a key may have, the (wire, Python) names of its required fields)
_KEYS: dict[type[BaseModel], tuple[frozenset[str], tuple[tuple[str, str], ...]]] = {}


def _keys(cls: type[BaseModel]) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    found = _KEYS.get(cls)
    if found is None:
        names: set[str] = set()
        required: list[tuple[str, str]] = []
        for name, info in cls.model_fields.items():
            wire = _wire(name, info)
            names.update((wire, name))
            if info.is_required():
                required.append((wire, name))
        found = _KEYS[cls] = (frozenset(names), tuple(required))
    return found


def _fit(pairs: list[tuple[str, type[BaseModel]]], value: Any) -> str | None:
    """The tag of the model in `pairs` that `value` fits best (see `best_fit`); None: no object."""
    for tag, cls in pairs:
        if isinstance(value, cls):
            return tag
    if not isinstance(value, Mapping):
        return None
    keys = set(value)
    best: str | None = None
    score = (False, -1)
    for tag, cls in pairs:
        names, required = _keys(cls)
        fit = (all(w in keys or n in keys for w, n in required), len(keys & names))
        if best is None or fit > score:
            best, score = tag, fit
    return best


def listed_in(*enums: type[enum.Enum]) -> Discriminator:
    """Pick, in a union of enums, the one that lists a value (the first when none does).

    Each of them accepts values it does not list, so without this the first
    would take every value.  Tags are the enums' positions: "0", "1", ...
    """

    def tag(value: Any) -> str:
        for i, cls in enumerate(enums):
            if isinstance(value, cls):
                return str(i)
        raw = value.value if isinstance(value, enum.Enum) else value
        for i, cls in enumerate(enums):
            if any(type(m.value) is type(raw) and m.value == raw for m in cls):
                return str(i)
        return "0"

    return Discriminator(tag)


def wire_name(info: FieldInfo) -> str | None:
    """A field's name on the wire, when it is not its Python name."""
    alias = info.serialization_alias
    return alias if alias is not None else info.alias  # "" is a wire name too


def _wire(name: str, info: FieldInfo) -> str:
    """The key of field `name` on the wire."""
    wire = wire_name(info)
    return name if wire is None else wire


def _attribute(model: BaseModel, wire: str) -> Any:
    for name, info in type(model).model_fields.items():
        if wire_name(info) == wire or name == wire:
            return getattr(model, name)
    return (model.model_extra or {}).get(wire)


def to_jsonable(value: Any, context: dict[str, Any] | None = None) -> Any:
    """Plain JSON data for any value a model field or parameter may hold
    (`context`: `REQUEST` when it is sent)."""
    if isinstance(value, BaseModel):
        return value.model_dump(
            mode="json", by_alias=True, exclude_unset=True, context=context
        )
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v, context) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v, context) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def dumps(value: Any) -> str:
    return json.dumps(to_jsonable(value), separators=(",", ":"), ensure_ascii=False)
