"""Views of the schemas: one frozen object per generated model module.

A view holds what its template prints (Python names beside wire names,
annotations, default literals, docstrings as finished literals, import
lines) and keeps the IR node it came from (`schema`, `prop`) so the docs can
read anything else from it.  One class per kind of module:

- `ModelView`: an object schema -> a `Model` subclass;
- `EnumView`: an enum -> an open `Enum` subclass;
- `RootView`: an alias or a named union -> a `RootSchema[...]`.
"""

from __future__ import annotations

from typing import Iterator, Mapping, Union

from ... import naming
from ...ir.model import (
    AliasSchema,
    Api,
    EnumSchema,
    JsonValue,
    ModelSchema,
    PrimitiveKind,
    Property,
    Schema,
    UnionSchema,
)
from . import layout
from .layout import Statement
from .literals import docstring, pyrepr
from .names import Names
from ...records import Record, replace
from .typemap import BASE_MODULE, Import, PyType, TypeMapper, optional, plain_booleans
from .view_defaults import DefaultLiterals
from .view_imports import ImportLine, import_lines


class FieldView(Record):
    """One field of a `ModelView`: a property's Python name beside its wire name, type and default."""

    name: str  # Python attribute
    wire_name: str
    wire_literal: str  # the alias as a literal; "" when equal to `name`
    type: PyType
    required: bool
    #: the default as a literal ("None" for optional fields); "" when required
    default: str
    doc: str  # docstring literal, "" when the spec gives no description
    prop: Property
    #: the field's statement as the model's template prints it
    line: Statement

    @property
    def annotation(self) -> str:
        return self.type.annotation


class _ClassLine:
    """A view printed as `class ClassName(base):` (`macros/layout.jinja`'s `class_line`)."""

    __slots__ = ()
    class_name: str
    base: str

    @property
    def class_wrapped(self) -> bool:
        return layout.class_line_wrapped(0, self.class_name, self.base)


class ModelView(_ClassLine, Record):
    """The view of an object schema's module: a `Model` subclass and its fields."""

    class_name: str
    module: str
    doc: str
    fields: tuple[FieldView, ...]
    imports: tuple[ImportLine, ...]
    #: model imports placed after the class, so recursive models work
    late_imports: tuple[ImportLine, ...]
    schema: ModelSchema
    #: the base class: `Model`, or the model an alias schema stands for, whose
    #: fields it inherits (`fields` then lists them for the docs only)
    base: str = "Model"
    #: `__pydantic_extra__: dict[str, T] = Field(init=False)` when additionalProperties has a type:
    #: pydantic then validates the properties the schema does not name as T
    extra: Statement | None = None
    #: `_read_only: ClassVar[frozenset[str]] = frozenset({...})`: the wire names of the `readOnly`
    #: properties, which requests leave out (`_base.Model`)
    read_only: Statement | None = None
    template = "package/models/model.py.jinja"

    @property
    def inherits(self) -> bool:
        return self.base != "Model"

    @property
    def needs_pass(self) -> bool:
        """The class body would be empty: no docstring, and no fields or extras of its own."""
        return not self.doc and (self.inherits or (not self.fields and self.extra is None))

    @property
    def class_vars(self) -> tuple[Statement, ...]:
        """Statements after the fields: the typed extras and the read-only names."""
        return tuple(s for s in (self.extra, self.read_only) if s is not None)


class EnumMemberView(Record):
    """One member of an `EnumView`: its Python name and its value."""

    name: str
    value: JsonValue
    literal: str
    doc: str
    #: `name = literal` as the enum's template prints it
    line: Statement


class EnumView(_ClassLine, Record):
    """The view of an enum's module: an open `Enum` subclass and its members."""

    class_name: str
    module: str
    doc: str
    base: str  # OpenStrEnum, OpenIntEnum, OpenNumberEnum or OpenEnum
    members: tuple[EnumMemberView, ...]
    imports: tuple[ImportLine, ...]
    schema: EnumSchema
    #: markdown text on values that are not members (booleans of a mixed enum), "" when none
    note: str = ""
    template = "package/models/enum.py.jinja"


class RootView(Record):
    """The view of an alias's or a named union's module: a `RootSchema[...]` subclass."""

    class_name: str
    module: str
    doc: str
    type: PyType
    imports: tuple[ImportLine, ...]
    schema: Schema
    template = "package/models/root.py.jinja"


SchemaView = Union[ModelView, EnumView, RootView]

#: enum kind -> the base class in `<pkg>/_base.py`
ENUM_BASES: dict[PrimitiveKind, str] = {
    PrimitiveKind.STRING: "OpenStrEnum",
    PrimitiveKind.INTEGER: "OpenIntEnum",
    PrimitiveKind.NUMBER: "OpenNumberEnum",
}

def doc_literal(*parts: str | None, indent: int = 4) -> str:
    """A docstring of the non-empty parts, or "" when there is nothing to say."""
    text = "\n\n".join(p.strip() for p in parts if p and p.strip())
    return docstring(text, indent) if text else ""


def _title(schema: Schema) -> str | None:
    """The title, unless it only repeats the schema's name."""
    return None if schema.title == schema.name else schema.title


class EnumMembers:
    """Each enum's member names, decided once."""

    def __init__(self) -> None:
        self._members: dict[str, dict[object, str]] = {}

    def names(self, schema: EnumSchema) -> dict[object, str]:
        """value -> member name, unique within the enum (`a`/`A` -> A, A_2).

        Booleans the enum keeps as plain `bool` (see `plain_booleans`) have none.
        """
        cached = self._members.get(schema.name)
        if cached is None:
            scope = naming.Scope()
            given = schema.value_names if len(schema.value_names) == len(schema.values) else ()
            cached = {}
            skip_bools = plain_booleans(schema)
            for i, value in enumerate(schema.values):
                if skip_bools and isinstance(value, bool):
                    continue
                if _key(value) not in cached:
                    wanted = naming.enum_member_name(given[i] if given else value)
                    cached[_key(value)] = scope.claim(wanted)
            self._members[schema.name] = cached
        return cached


class ModelViews:
    """Builds schema views (each on demand, through `lazily`), sharing one type mapper."""

    def __init__(self, api: Api, names: Names, types: TypeMapper) -> None:
        self.api = api
        self.names = names
        self.types = types
        self.members = EnumMembers()
        # the members' own object, not a method of this one: no reference cycle keeps the views alive
        self.defaults = DefaultLiterals(api.schema, names.class_name, self.members.names)

    def lazily(self) -> SchemaViews:
        return SchemaViews(self)

    def view(self, schema: Schema) -> SchemaView:
        if isinstance(schema, ModelSchema):
            return self.model(schema)
        if isinstance(schema, EnumSchema) and schema.base != PrimitiveKind.NULL:
            return self.enum(schema)
        if self.types.aliased_model(schema) is not None:
            return self.model_alias(schema)
        return self.root(schema)

    # ------------------------------------------------------------------ models

    def model(self, schema: ModelSchema) -> ModelView:
        return self._model_view(schema, schema, schema.name, Import(BASE_MODULE, "Model"))

    def model_alias(self, schema: Schema) -> ModelView:
        """An alias of a model: a subclass of it, seen as a model composed from it.

        pydantic resolves the inherited annotations in the subclass's module,
        so that module imports what the parent's fields name, as the parent does.
        """
        model = self.types.aliased_model(schema)
        assert model is not None
        parent = self.api.schema(model)
        assert isinstance(parent, ModelSchema)
        as_model = replace(parent, name=schema.name, pointer=schema.pointer, title=schema.title,
                           description=schema.description or parent.description, parents=(model,))
        return self._model_view(schema, as_model, model, self._model_import(model),
                                base=self.names.class_name(model))

    def _model_view(self, schema: Schema, fields_of: ModelSchema, imports_for: str, base_import: Import,
                    base: str = "Model") -> ModelView:
        """The view of a model class: `schema` names and documents it, `fields_of`
        gives its fields, whose imports are placed as module `imports_for` needs."""
        fields = self._fields(fields_of)
        extra = self._extra_type(fields_of) if base == "Model" else None
        early, late = self._field_imports(fields, imports_for, extra)
        read_only = [pyrepr(p.name) for p in fields_of.properties if p.read_only] if base == "Model" else []
        if read_only:
            early.add(Import("typing", "ClassVar"))
        names = self.names.schemas[schema.name]
        return ModelView(
            class_name=names.class_name,
            module=names.module,
            doc=doc_literal(_title(schema), schema.description),
            fields=fields,
            imports=import_lines(early | {base_import}),
            late_imports=import_lines(late),
            schema=fields_of,
            base=base,
            extra=None if extra is None else layout.statement(layout.STEP, "__pydantic_extra__", extra.members,
                                                              call="Field", arguments=("init=False",)),
            read_only=layout.statement(layout.STEP, "_read_only", ("ClassVar[frozenset[str]]",), call="frozenset",
                                       arguments=("{" + ", ".join(read_only) + "}",)) if read_only else None,
        )

    def _extra_type(self, schema: ModelSchema) -> PyType | None:
        """`dict[str, T]` for the properties `schema` does not name, when additionalProperties types them."""
        if schema.additional is None or schema.closed:
            return None
        value = self.types.map(schema.additional)
        return None if value.members == ("Any",) else value.wrap("dict[str, {}]")

    def _fields(self, schema: ModelSchema) -> tuple[FieldView, ...]:
        names = naming.field_names([p.name for p in schema.properties])
        return tuple(self._field(p, name) for p, name in zip(schema.properties, names))

    def _field_imports(self, fields: tuple[FieldView, ...], own: str,
                       extra: PyType | None = None) -> tuple[set[Import], set[Import]]:
        """(imports before the class, model imports after it) for these fields (and the extras' type)."""
        types = [f.type for f in fields] + ([extra] if extra is not None else [])
        refs = frozenset().union(*(t.refs for t in types)) - {own}
        enums = {r for r in refs if isinstance(self.api.schema(r), EnumSchema)}
        early = {i for t in types for i in t.imports} | {self._model_import(r) for r in enums}
        if any(f.wire_literal for f in fields) or extra is not None:
            early.add(Import("pydantic", "Field"))
        return early, {self._model_import(r) for r in refs - enums}

    def _model_import(self, name: str) -> Import:
        names = self.names.schemas[name]
        return Import("." + names.module, names.class_name)

    def _field(self, prop: Property, name: str) -> FieldView:
        base = self.types.map(prop.type)
        # one class reads responses and builds requests: a required readOnly property is required in
        # responses only (a request leaves it out), a required writeOnly one in requests only
        required = prop.required and not (prop.read_only or prop.write_only)
        typ = base if required else optional(base)
        default = "" if required else self.defaults.field_default(prop.type, prop.default)
        wire_literal = "" if prop.name == name else pyrepr(prop.name)
        # validation_alias and serialization_alias rather than alias: type checkers (mypy without
        # pydantic's plugin, pyright) then take the Python name in `__init__`, as the runtime does
        aliases = (f"validation_alias={wire_literal}", f"serialization_alias={wire_literal}")
        arguments = ((f"default={default}",) if default else ()) + aliases if wire_literal else ()
        return FieldView(
            name=name,
            wire_name=prop.name,
            wire_literal=wire_literal,
            type=typ,
            required=required,
            default=default,
            doc=doc_literal(prop.description),
            prop=prop,
            line=layout.statement(layout.STEP, name, typ.members, default, "Field" if arguments else "", arguments),
        )

    # ------------------------------------------------------------------ enums

    def enum(self, schema: EnumSchema) -> EnumView:
        members = self.members.names(schema)
        descriptions = schema.value_descriptions
        views = []
        seen: set[object] = set()
        for i, value in enumerate(schema.values):
            if _key(value) in seen or _key(value) not in members or not isinstance(value, (str, int, float, bool)):
                continue
            seen.add(_key(value))
            doc = descriptions[i] if i < len(descriptions) else None
            name, literal = members[_key(value)], pyrepr(value)
            views.append(EnumMemberView(name, value, literal, doc_literal(doc),
                                        layout.statement(layout.STEP, name, value=literal)))
        base = ENUM_BASES.get(schema.base, "OpenEnum")
        names = self.names.schemas[schema.name]
        plain = sorted({f"`{v!r}`" for v in schema.values if isinstance(v, bool)}) if plain_booleans(schema) else []
        note = (f"{' and '.join(plain)} {'is not a member' if len(plain) == 1 else 'are not members'}: where this "
                "enum is used, booleans are plain `bool` values (in Python `True == 1`).") if plain else ""
        return EnumView(
            class_name=names.class_name,
            module=names.module,
            doc=doc_literal(_title(schema), schema.description, note),
            base=base,
            members=tuple(views),
            imports=import_lines([Import(BASE_MODULE, base)]),
            schema=schema,
            note=note,
        )

    # ------------------------------------------------------------------ aliases and unions

    def root(self, schema: AliasSchema | UnionSchema | EnumSchema) -> RootView:
        typ = self.types.definition(schema)
        refs = typ.refs - {schema.name}
        imports = {Import(BASE_MODULE, "RootSchema"), *typ.imports, *(self._model_import(r) for r in refs)}
        if schema.name in typ.refs:  # a union that contains itself: cut the cycle
            typ = PyType(("Any",), frozenset({Import("typing", "Any")}))
            imports = {Import(BASE_MODULE, "RootSchema"), Import("typing", "Any")}
        names = self.names.schemas[schema.name]
        return RootView(
            class_name=names.class_name,
            module=names.module,
            doc=doc_literal(_title(schema), schema.description),
            type=typ,
            imports=import_lines(imports),
            schema=schema,
        )


def _key(value: object) -> object:
    """A dict key that keeps True, 1 and 1.0 apart."""
    return (type(value).__name__, value)


class SchemaViews(Mapping[str, SchemaView]):
    """Every schema's view by wire name, each built when first asked for.

    A regeneration renders only the schemas whose inputs changed (`units`);
    the docs still reach other schemas' views (examples, links), and build
    just those.  A view depends only on its schema and what that reaches, so
    the order views are built in changes nothing.
    """

    def __init__(self, builder: ModelViews) -> None:
        self._builder = builder
        self._built: dict[str, SchemaView] = {}

    def __getitem__(self, name: str) -> SchemaView:
        view = self._built.get(name)
        if view is None:
            view = self._built[name] = self._builder.view(self._builder.api.schema(name))
        return view

    def __iter__(self) -> Iterator[str]:
        return (s.name for s in self._builder.api.schemas)

    def __len__(self) -> int:
        return len(self._builder.api.schemas)
