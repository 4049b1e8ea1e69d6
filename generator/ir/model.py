"""The intermediate representation: typed, frozen and language-neutral.

Everything a target needs to know about an API lives here, and nothing else
does: raw spec dicts never get past the IR builder.  Names in the IR are the
*wire/spec* names (`orderId`, `OrdersCreateRequestBody`, `-created_at`); each
target derives its own identifiers from them through its naming rules, keeping
the wire form beside the code form.

Conventions
- Every collection is a tuple, ordered deterministically (spec order for
  properties, parameters and enum values; sorted by name for schemas; spec
  order of paths then methods for operations).
- JSON values coming from the spec (defaults, examples, enum values, `const`)
  are kept as `JsonValue`: None, bool, int, float, str, or `JsonArray` /
  `JsonObject` (tuples, so the IR stays hashable and frozen).
- `pointer` fields hold the JSON pointer of the spec node the item came from,
  for diagnostics.
"""

from __future__ import annotations

import enum
import re
from functools import cached_property
from typing import Union

from .media import MediaKind, media_kind
from ..records import Record

# --------------------------------------------------------------------------- JSON


class JsonArray(Record):
    """A JSON array; `items` keeps the spec's order."""

    items: tuple["JsonValue", ...]


class JsonObject(Record):
    """A JSON object; `entries` keeps the spec's key order."""

    entries: tuple[tuple[str, "JsonValue"], ...]


JsonValue = Union[None, bool, int, float, str, JsonArray, JsonObject]


class _Missing(enum.Enum):
    """Marks "no value given" where None (JSON null) is a real value."""

    MISSING = "MISSING"

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING = _Missing.MISSING
Maybe = Union[JsonValue, _Missing]


def to_json_value(value: object) -> JsonValue:
    """Turn plain parsed JSON/YAML data into an immutable `JsonValue`."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return JsonObject(tuple((str(k), to_json_value(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return JsonArray(tuple(to_json_value(v) for v in value))
    # dates and other YAML scalars: keep their text
    return str(value)


def from_json_value(value: JsonValue) -> object:
    """The inverse of `to_json_value`: plain dicts/lists for json.dumps."""
    if isinstance(value, JsonObject):
        return {k: from_json_value(v) for k, v in value.entries}
    if isinstance(value, JsonArray):
        return [from_json_value(v) for v in value.items]
    return value


# --------------------------------------------------------------------------- types


class PrimitiveKind(str, enum.Enum):
    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    #: any JSON value (schema `{}` or no type)
    ANY = "any"
    #: JSON null only (3.1 `type: 'null'`, `enum: [null]`)
    NULL = "null"
    #: raw bytes (`format: binary` strings, `application/octet-stream` bodies)
    BINARY = "binary"


class Constraints(Record):
    """Validation keywords.  None means "not given"."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    multiple_of: int | float | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False

    @property
    def empty(self) -> bool:
        return self == _NO_CONSTRAINTS


_NO_CONSTRAINTS = Constraints()


class PrimitiveType(Record):
    """A primitive type of one `PrimitiveKind`, with the spec's `format` and its constraints."""

    kind: PrimitiveKind
    #: the spec's `format` verbatim (`date-time`, `int64`, `uuid`, ...), or None
    format: str | None = None
    constraints: Constraints = _NO_CONSTRAINTS


class ConstType(Record):
    """A single allowed value (`const`, or an inline one-value enum)."""

    value: JsonValue


class ArrayType(Record):
    """A JSON array whose items are all of type `items`."""

    items: "IRType"
    constraints: Constraints = _NO_CONSTRAINTS


class MapType(Record):
    """A JSON object with arbitrary keys (`additionalProperties: <schema>|true`)."""

    values: "IRType"


class RefType(Record):
    """A reference to a named schema: `Api.schemas` holds one with this name."""

    name: str


class NullableType(Record):
    """`inner` or JSON null (`nullable: true`, 3.1 `type: [X, 'null']`)."""

    inner: "IRType"


class UnionType(Record):
    """An anonymous oneOf/anyOf (named ones are `UnionSchema`s)."""

    variants: tuple["IRType", ...]
    discriminator: "Discriminator | None" = None
    exclusive: bool = True  # oneOf (True) or anyOf (False)


IRType = Union[
    PrimitiveType, ConstType, ArrayType, MapType, RefType, NullableType, UnionType
]


# --------------------------------------------------------------------------- schemas


class Discriminator(Record):
    """A union's `discriminator`: the property whose wire value picks the variant schema."""

    property_name: str
    #: wire value -> schema name, explicit mapping first, then implicit by name
    mapping: tuple[tuple[str, str], ...] = ()


class Property(Record):
    """One property of a `ModelSchema`, under its wire name."""

    name: str  # wire name
    type: IRType
    required: bool = False
    description: str | None = None
    title: str | None = None
    default: Maybe = MISSING
    example: Maybe = MISSING
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    pointer: str = ""


class SchemaBase(Record):
    """Fields every named schema has."""

    #: the schema's name: the components key, or the hoisted name
    name: str
    pointer: str
    description: str | None
    title: str | None
    deprecated: bool
    example: Maybe


class ModelSchema(SchemaBase):
    """An object with known properties (allOf is merged into it)."""

    properties: tuple[Property, ...]
    #: None: additionalProperties not given (extra keys allowed, untyped);
    #: a type: extra keys of that type; `closed=True`: additionalProperties false
    additional: IRType | None = None
    closed: bool = False
    #: named schemas this one was composed from with allOf, in spec order
    parents: tuple[str, ...] = ()


class EnumSchema(SchemaBase):
    """A named enum: its allowed `values` and their `base` kind."""

    #: STRING, INTEGER, NUMBER, BOOLEAN, or ANY for mixed enums; NULL for [null]
    base: PrimitiveKind
    values: tuple[JsonValue, ...]
    #: null is allowed (`nullable: true`, or null among the values; null itself
    #: is not listed in `values`)
    nullable: bool = False
    #: x-enum-varnames / x-enum-descriptions when given, else ()
    value_names: tuple[str, ...] = ()
    value_descriptions: tuple[str, ...] = ()


class UnionSchema(SchemaBase):
    """A named oneOf/anyOf (anonymous ones are `UnionType`s)."""

    variants: tuple[IRType, ...]
    discriminator: Discriminator | None = None
    exclusive: bool = True  # oneOf (True) or anyOf (False)
    nullable: bool = False


class AliasSchema(SchemaBase):
    """A named schema that is not an object: a primitive, array or map."""

    target: IRType


Schema = Union[ModelSchema, EnumSchema, UnionSchema, AliasSchema]


# --------------------------------------------------------------------------- operations


class ParameterLocation(str, enum.Enum):
    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"


class Parameter(Record):
    """One parameter of an operation (path, query, header or cookie), under its wire name."""

    name: str  # wire name
    location: ParameterLocation
    type: IRType
    required: bool = False
    description: str | None = None
    default: Maybe = MISSING
    example: Maybe = MISSING
    #: the effective style and explode (defaults already applied:
    #: form/true for query and cookie, simple/false for path and header)
    style: str = "form"
    explode: bool = True
    allow_reserved: bool = False
    deprecated: bool = False
    pointer: str = ""
    #: set when the parameter is given by `content` instead of `schema`: the
    #: value is serialised as this media type (e.g. JSON text), not by style
    media_type: str | None = None


class Example(Record):
    """An example value of a media type: an `examples` entry, or the lone `example` (name "")."""

    name: str  # "" for a lone `example`
    value: JsonValue
    summary: str | None = None


class FieldEncoding(Record):
    """How one field of a form or multipart body is written (its Encoding Object).

    A form field has `style` and `explode` as a query parameter has (`form`,
    `spaceDelimited`, `pipeDelimited`, `deepObject`); a multipart part has the
    `content_type` its part is sent with (one media type, no wildcard).
    """

    name: str
    style: str = "form"
    explode: bool = True
    content_type: str | None = None


class MediaContent(Record):
    """One media type of a request body or response: its type and examples."""

    media_type: str  # e.g. application/json, multipart/form-data
    type: IRType | None  # None when no schema is given
    examples: tuple[Example, ...] = ()
    #: form bodies: the fields not written as OpenAPI's default (style form, explode true);
    #: multipart bodies: the parts with a content type of their own
    encodings: tuple[FieldEncoding, ...] = ()

    @property
    def kind(self) -> MediaKind:
        """How the content is written: JSON, form fields, multipart parts, XML, text or bytes."""
        return media_kind(self.media_type)


class RequestBody(Record):
    """An operation's request body: one `MediaContent` per media type, in spec order."""

    contents: tuple[MediaContent, ...]
    required: bool = False
    description: str | None = None
    #: the name the spec gives the body (`x-codegen-request-body-name`), or
    #: derived from its schema name; the target makes a parameter name of it
    name: str = "body"


class Header(Record):
    """A response header, under its wire name (a string when no schema is given)."""

    name: str
    type: IRType
    required: bool = False
    description: str | None = None


class Response(Record):
    """One response of an operation, for a status code, a range (`4XX`) or `default`."""

    status: str  # "200", "4XX", "default"
    description: str | None
    contents: tuple[MediaContent, ...] = ()
    headers: tuple[Header, ...] = ()

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")


class SecurityRequirement(Record):
    """One alternative of a `security` list: all these schemes together."""

    schemes: tuple[tuple[str, tuple[str, ...]], ...]  # (scheme name, scopes)


class Operation(Record):
    """One operation (a method on a path), or a webhook in `Api.webhooks`."""

    #: the spec's operationId, or a stable one derived from method and path
    operation_id: str
    method: str  # lower case: get, post, ...
    path: str
    summary: str | None
    description: str | None
    #: tags in spec order; untagged operations get ("default",)
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    #: effective security (operation's, else the document's); () means none
    security: tuple[SecurityRequirement, ...]
    deprecated: bool = False
    pointer: str = ""
    #: True when operation_id was derived, not given
    derived_id: bool = False


# --------------------------------------------------------------------------- security


class ApiKeyLocation(str, enum.Enum):
    HEADER = "header"
    QUERY = "query"
    COOKIE = "cookie"


class ApiKeyScheme(Record):
    """An `apiKey` security scheme: a key sent in a header, query parameter or cookie."""

    name: str  # the components key
    parameter_name: str  # the header/query/cookie name on the wire
    location: ApiKeyLocation
    description: str | None = None


class HttpScheme(Record):
    """An `http` security scheme (basic, bearer, ...)."""

    name: str
    scheme: str  # "basic", "bearer", ... (lower case)
    bearer_format: str | None = None
    description: str | None = None


class OAuthFlow(Record):
    """One flow of an `oauth2` scheme: its URLs and scopes as (name, description) pairs."""

    kind: str  # implicit, password, clientCredentials, authorizationCode
    authorization_url: str | None
    token_url: str | None
    refresh_url: str | None
    scopes: tuple[tuple[str, str], ...]


class OAuth2Scheme(Record):
    """An `oauth2` security scheme and its flows."""

    name: str
    flows: tuple[OAuthFlow, ...]
    description: str | None = None


class OpenIdConnectScheme(Record):
    """An `openIdConnect` security scheme; `url` is its `openIdConnectUrl`."""

    name: str
    url: str
    description: str | None = None


SecurityScheme = Union[ApiKeyScheme, HttpScheme, OAuth2Scheme, OpenIdConnectScheme]


# --------------------------------------------------------------------------- the API


class ServerVariable(Record):
    """A variable of a server URL: its default and allowed values (`enum`, () for any)."""

    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str | None = None


#: a `{variable}` placeholder in a server URL
_VARIABLE = re.compile(r"\{([^{}]*)\}")


class Server(Record):
    """A server the API is reachable at; `url` may hold `{variable}` placeholders."""

    url: str  # with {variables}
    description: str | None = None
    variables: tuple[ServerVariable, ...] = ()

    @property
    def default_url(self) -> str:
        """`url` with each declared variable at its default (undeclared `{x}` kept as written)."""
        values = {v.name: v.default for v in self.variables}
        return _VARIABLE.sub(lambda m: values.get(m.group(1), m.group(0)), self.url)


class Tag(Record):
    """A tag that groups operations: declared in the spec, or only used by operations."""

    name: str
    description: str | None = None


class Api(Record, dict=True):
    """The whole API: the root of the IR, built from the spec and handed to the targets."""

    title: str
    version: str
    description: str | None
    openapi_version: str
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    operations: tuple[Operation, ...]
    #: every named schema, components and hoisted ones, sorted by name
    schemas: tuple[Schema, ...]
    #: declared tags first (spec order), then tags only operations use
    tags: tuple[Tag, ...]
    #: webhooks, documented only; operation_id is the webhook's name when absent
    webhooks: tuple[Operation, ...] = ()
    #: how many operations/schemas the spec declares (for the summary)
    declared_operations: int = 0
    declared_schemas: int = 0

    def schema(self, name: str) -> Schema:
        """The named schema a `RefType` points at."""
        return self._by_name[name]

    @cached_property
    def _by_name(self) -> dict[str, Schema]:
        # kept in the instance's __dict__ (the class line's `dict=True`): not a field, so not compared
        return {s.name: s for s in self.schemas}
