"""Every naming rule of the Python target, in one place.

Spec names are data written by someone else: they may be keywords, contain
quotes, slashes or dots, be 300 characters long, differ only in case, or be
written in any script.  This module turns them into safe Python identifiers
and file names, deterministically, and never loses the wire form: callers
keep the wire name beside the name made here.

Rules
- words are split on case changes, digits boundaries and any non-alphanumeric
  character; non-ASCII letters are transliterated where Unicode allows
  (é -> e) and otherwise replaced by a short stable hash;
- identifiers never start with a digit or underscore, are never keywords nor
  one of the reserved names of their kind, and are capped in length (an
  over-long name keeps a readable prefix and gains a hash of the full name);
- module and file names are additionally safe on every file system: ASCII,
  no separators, no leading dots, not a Windows device name;
- `Scope` hands out unique names: two spec names that convert to the same
  identifier (case-insensitively, for file systems that fold case) get
  `_2`, `_3`, ... in the order the caller asks, which callers keep
  deterministic by asking in sorted/spec order.
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import sys
import unicodedata
from collections.abc import Sequence

MAX_IDENTIFIER = 80
"""Longest identifier (and so module file stem) we emit, methods aside."""
MAX_METHOD = 160
"""Longest method name (with `_with_http_info`): no file is named after a method, and APIs whose
operationIds spell out their paths (`patch_merchants_merchant_id_split_configurations_...`) need
room to keep them apart; the cap only guards against absurd lengths."""

_HASH_LEN = 8

PYTHON_KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)

#: names a generated class must not take: they would shadow what the
#: generated modules import or use in annotations
RESERVED_CLASS_NAMES = frozenset(
    {
        *dir(builtins),
        "Any", "Optional", "Union", "List", "Dict", "Literal", "Annotated",
        "TYPE_CHECKING", "Enum", "Field", "BaseModel", "ConfigDict", "RootModel",
        "date", "datetime", "time", "timedelta", "decimal", "Decimal", "UUID",
        "ApiClient", "AsyncApiClient", "Configuration", "ApiResponse",
        "ApiException", "Operation", "Model", "Annotation",
        # the generated models' base classes (`<pkg>/_base.py`)
        "RootSchema", "OpenEnum", "OpenStrEnum", "OpenIntEnum", "OpenNumberEnum",
        # names the generated API modules import
        "Param", "Timeout", "Mapping", "Sequence",
    }
)

#: pydantic 2's `BaseModel` attributes and methods (`dir(BaseModel)` without
#: underscores, the deprecated v1 spellings included: they are still methods);
#: a unit test compares this with the installed pydantic
PYDANTIC_MODEL_ATTRIBUTES = frozenset(
    {
        "construct", "copy", "dict", "from_orm", "json", "model_computed_fields",
        "model_config", "model_construct", "model_copy", "model_dump", "model_dump_json",
        "model_extra", "model_fields", "model_fields_set", "model_json_schema",
        "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
        "model_validate_json", "model_validate_strings", "parse_file", "parse_obj",
        "parse_raw", "schema", "schema_json", "update_forward_refs", "validate",
    }
)

#: attribute names a generated pydantic model field must not take
RESERVED_FIELD_NAMES = PYDANTIC_MODEL_ATTRIBUTES | frozenset(
    {
        # the generated models' own API (`<pkg>/_base.py`)
        "from_dict", "to_dict", "from_json", "to_json",
        # types the generated annotations name: a field of that name would hide
        # the type from the other fields' annotations
        "str", "int", "float", "bool", "bytes", "list", "date", "datetime",
        # `model_construct(cls, ...)` takes the fields as keywords
        "cls",
    }
)

#: names a generated method parameter must not take (they would shadow the
#: runtime's names used inside the method body)
RESERVED_PARAMETER_NAMES = frozenset({"self", "cls", "_request_timeout", "_headers"})

#: names reserved for the generated runtime's own modules and packages
RESERVED_MODULE_NAMES = frozenset(
    {
        "__init__", "api", "models", "docs", "api_client", "api_response",
        "configuration", "exceptions", "rest", "runtime", "py", "typing",
    }
)

_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", "clock$"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
    | {"com\u00b9", "com\u00b2", "com\u00b3", "lpt\u00b9", "lpt\u00b2", "lpt\u00b3"}
)

_SYMBOL_WORDS = {"-": "minus", "+": "plus", "*": "star", "<": "lt", ">": "gt",
                 "=": "eq", "!": "not", "@": "at", "#": "hash", "$": "dollar",
                 "%": "percent", "&": "and", "/": "slash", ".": "dot", "~": "tilde"}

#: words of a name: a plural acronym (`IDs`, `URLs`), an acronym before a word (`HTTP` in `HTTPServer`),
#: a word, an acronym, a number
_WORD_RE = re.compile(r"[A-Z]{2,}s[0-9]*(?![a-z])|[A-Z]+[0-9]*(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+")


def short_hash(text: str, length: int = _HASH_LEN) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


#: Latin letters Unicode does not decompose into ASCII ones, as they are usually written in ASCII
_LATIN_LETTERS = str.maketrans({"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o",
                                "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L",
                                "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŋ": "ng", "Ŋ": "Ng"})


def _ascii_fold(text: str) -> str:
    """Transliterate what Unicode can decompose (and `_LATIN_LETTERS`); mark the rest as '\\0'."""
    if text.isascii():
        return text
    out = []
    for ch in unicodedata.normalize("NFKD", text.translate(_LATIN_LETTERS)):
        if ch.isascii():
            out.append(ch)
        elif unicodedata.category(ch) == "Mn":  # combining accent: drop it
            continue
        else:
            out.append("\0")
    return "".join(out)


def words(name: str) -> list[str]:
    """Split a spec name into lower-case ASCII words.

    `createOrder` -> [create, order]; `OrdersAPI2Body` -> [orders, api2, body];
    `userIDs` -> [user, ids]; `foo-bar` -> [foo, bar].  Characters that cannot be transliterated become
    one word `u<hash>` of the original text, so distinct names stay distinct.
    """
    folded = _ascii_fold(name)
    result: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9\0]+", folded):
        if not chunk:
            continue
        if "\0" in chunk:
            clean = chunk.replace("\0", "")
            result.extend(w.lower() for w in _WORD_RE.findall(clean))
            result.append("u" + short_hash(name, 6))
            continue
        result.extend(w.lower() for w in _WORD_RE.findall(chunk))
    return result


def _cap(identifier: str, original: str, limit: int = MAX_IDENTIFIER) -> str:
    if len(identifier) <= limit:
        return identifier
    keep = identifier[: limit - _HASH_LEN - 1].rstrip("_")
    return f"{keep}_{short_hash(original)}"


def snake(name: str, *, fallback: str = "value", limit: int = MAX_IDENTIFIER) -> str:
    """snake_case identifier: `createOrder` -> `create_order`.  Not de-keyworded."""
    ident = "_".join(words(name)) or fallback
    if ident[0].isdigit():
        ident = f"{fallback}_{ident}"
    return _cap(ident, name, limit)


def pascal(name: str, *, fallback: str = "Model") -> str:
    """PascalCase identifier: `order_item` -> `OrderItem`; keeps inner capitals."""
    ident = "".join(w[:1].upper() + w[1:] for w in words(name)) or fallback
    if ident[0].isdigit():
        ident = f"{fallback}{ident}"
    return _cap(ident, name)


def upper_snake(name: str, *, fallback: str = "VALUE") -> str:
    """UPPER_SNAKE for enum members: `-created_at` -> `MINUS_CREATED_AT`."""
    text = name
    lead = ""
    if text[:1] in _SYMBOL_WORDS and len(text) > 1:
        lead = _SYMBOL_WORDS[text[0]] + "_"
        text = text[1:]
    parts = words(text)
    if not parts:
        # only symbols: spell them out ("+" -> PLUS, "" -> EMPTY)
        spelled = [_SYMBOL_WORDS[c] for c in name if c in _SYMBOL_WORDS]
        parts = spelled or (["empty"] if name == "" else ["u" + short_hash(name, 6)])
    ident = (lead + "_".join(parts)).upper()
    if ident[0].isdigit():
        ident = f"NUMBER_{ident}"
    return _cap(ident, name)


def enum_member_for_number(value: int | float) -> str:
    text = repr(value).replace("-", "minus_").replace(".", "_dot_").replace("+", "")
    return upper_snake("number_" + text)


def avoid(identifier: str, reserved: frozenset[str] | set[str]) -> str:
    """Append `_` while the identifier is a keyword or in `reserved`."""
    while identifier in PYTHON_KEYWORDS or identifier in reserved:
        identifier += "_"
    return identifier


def is_windows_device(stem: str) -> bool:
    return stem.split(".")[0].lower() in _WINDOWS_DEVICES


def safe_file_stem(identifier: str) -> str:
    """A file-system-safe stem for an identifier made by this module."""
    stem = identifier.lstrip(".")
    stem = re.sub(r"[^A-Za-z0-9_]", "_", stem) or "file"
    if is_windows_device(stem):
        stem += "_"
    return stem


class Scope:
    """Hands out unique identifiers within one namespace.

    `fold_case=True` treats `Order` and `order` as the same name, which is
    what file names need on macOS and Windows.
    """

    def __init__(self, reserved: frozenset[str] | set[str] = frozenset(), *, fold_case: bool = False) -> None:
        self._fold = fold_case
        self._taken: set[str] = {self._key(r) for r in reserved}

    def _key(self, name: str) -> str:
        return name.lower() if self._fold else name

    def claim(self, identifier: str) -> str:
        """Return `identifier`, or `identifier_2`, `_3`, ... if it is taken."""
        candidate = identifier
        n = 2
        while self._key(candidate) in self._taken:
            suffix = f"_{n}"
            candidate = _cap(identifier, identifier, MAX_IDENTIFIER - len(suffix)) + suffix
            n += 1
        self._taken.add(self._key(candidate))
        return candidate

    def __contains__(self, identifier: str) -> bool:
        return self._key(identifier) in self._taken


# --------------------------------------------------------------------------- names by kind
#
# The Python target asks for every name through these functions, so each
# kind of name has exactly one rule.  Each returns a *candidate*; callers that
# need uniqueness pass it to a `Scope` of that namespace.

#: methods of a generated API class that an operation's method must not take
RESERVED_METHOD_NAMES = frozenset({"api_client", "mro"})

#: the generated runtime's top-level modules (a package is also a module)
RUNTIME_MODULES = frozenset({"_base", "_config", "_runtime", "api_client", "api_response", "configuration",
                             "exceptions"})

HTTP_INFO_SUFFIX = "_with_http_info"


def package_name(name: str) -> str:
    """The import name of the generated package: a lower-case identifier as given (`b2sdk`),
    anything else in snake_case (`My-SDK` -> `my_sdk`)."""
    ident = name if _PACKAGE_NAME.fullmatch(name) else snake(name, fallback="client")
    if ident in SHADOWED_PACKAGES:  # `email`, `json`, `httpx`: importing the client would break
        ident += "_sdk"
    return safe_file_stem(avoid(ident, RESERVED_MODULE_NAMES | RUNTIME_MODULES))


#: top-level modules a generated package must not be named after: Python's own and those the
#: client imports (and theirs), which the package would shadow wherever it is importable
SHADOWED_PACKAGES = frozenset(sys.stdlib_module_names) | frozenset(
    {"httpx", "httpcore", "h11", "anyio", "sniffio", "idna", "certifi", "pydantic", "pydantic_core",
     "typing_extensions", "annotated_types", "typing_inspection"})


#: a package name used as it is given: lower case, digits and underscores, not starting with a digit
_PACKAGE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")


def class_name(wire: str) -> str:
    """A model or enum class: `orders_list` -> `OrdersList`; never a builtin or runtime name."""
    return avoid(pascal(wire), RESERVED_CLASS_NAMES)


def api_class_names(tag: str) -> tuple[str, ...]:
    """The sync API class of a tag, best first: `orders` -> `OrdersApi`; `Audit Log API` ->
    `AuditLogApi`, then `AuditLogApiApi` (for when a tag `Audit Log` has the first)."""
    base = pascal(tag, fallback="Default")
    names = [base + "Api"]
    if base.endswith("Api") and len(base) > 3:
        names.insert(0, base)
    return tuple(avoid(name, RESERVED_CLASS_NAMES) for name in names)


def api_class_name(tag: str) -> str:
    """The sync API class of a tag when no other tag competes for it (`api_class_names`)."""
    return api_class_names(tag)[0]


def async_api_class_name(api_class: str) -> str:
    """The async twin of an API class: `OrdersApi` -> `AsyncOrdersApi`."""
    return "Async" + api_class


def module_name(class_or_tag: str, *, suffix: str = "") -> str:
    """A module (file stem) for a class or tag: `OrdersList` -> `orders_list`.

    Capped so that the suffix fits; safe as a file name everywhere.
    """
    base = snake(class_or_tag, fallback="module")
    base = _cap(base, class_or_tag, MAX_IDENTIFIER - len(suffix))
    return safe_file_stem(avoid(base + suffix, RESERVED_MODULE_NAMES | RUNTIME_MODULES))


def method_name(operation_id: str) -> str:
    """An operation's method: `createOrder` -> `create_order`."""
    base = snake(operation_id, fallback="operation", limit=MAX_METHOD - len(HTTP_INFO_SUFFIX))
    return avoid(base, RESERVED_METHOD_NAMES | RESERVED_FIELD_NAMES)


def field_name(wire: str) -> str:
    """A model attribute: `createdAt` -> `created_at`, `schema` -> `schema_`."""
    return avoid(snake(wire, fallback="field"), RESERVED_FIELD_NAMES)


def field_names(wires: Sequence[str]) -> list[str]:
    """The attributes of a model's properties (`wires`, unique), in order, unique in the model.

    A property whose wire name already is its attribute name keeps it, and no
    other property's attribute is named like any property's wire name: models
    accept attribute names as well as wire names, so if `IDs` were `ids`
    beside a property `ids` (then `ids_2`), `{"ids": [1]}` would fill both.
    """
    candidates = [field_name(w) for w in wires]
    scope = Scope(set(wires))
    return [wire if wire == candidate else scope.claim(candidate) for wire, candidate in zip(wires, candidates)]


def parameter_name(wire: str) -> str:
    """A method parameter: `orderId` -> `order_id`, `self` -> `self_`."""
    return avoid(snake(wire, fallback="param"), RESERVED_PARAMETER_NAMES)


def enum_member_name(value: object) -> str:
    """An enum member for a value: `-created_at` -> `MINUS_CREATED_AT`, 1 -> `NUMBER_1`."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return enum_member_for_number(value)
    return upper_snake(str(value))  # upper case: cannot shadow Enum's `name`/`value`


def operation_constant(method: str) -> str:
    """The module-private constant holding an operation's description."""
    return "_" + method.upper()


def claim_method(scope: Scope, operation_id: str) -> str:
    """Claim an operation's method name and its `_with_http_info` twin together."""
    base = method_name(operation_id)
    candidate = base
    n = 2
    while candidate in scope or candidate + HTTP_INFO_SUFFIX in scope:
        suffix = f"_{n}"
        candidate = _cap(base, base, MAX_METHOD - len(HTTP_INFO_SUFFIX) - len(suffix)) + suffix
        n += 1
    scope.claim(candidate)
    scope.claim(candidate + HTTP_INFO_SUFFIX)
    return candidate
