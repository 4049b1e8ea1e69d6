"""Speed-ups inside openapi-spec-validator's stack that change no answer.

`install()`: the keyword phase walks the document through pathable, which asks
`isinstance(node, Subscriptable)` at every step; `Subscriptable` is a
runtime-checkable Protocol, and Python 3.11 answers that by collecting the
protocol's members on every call: about a fifth of the phase on a big spec.
For the types a parsed JSON/YAML document is made of, the answer depends on
the type alone, so it is looked up in a table; anything else still gets the
Protocol's own check.

`install_settings_stand_in()`, in a validator child only: openapi-spec-validator
and openapi-schema-validator read three environment variables through
pydantic-settings (their `settings` modules), whose import (with pydantic's)
is about half of the validator's import time.  Small modules that read the
same variables with the same defaults and normalisation take their place, but
only when the libraries' settings modules are byte for byte the ones this was
checked against (0.9.0 of both).
"""

from __future__ import annotations

import sys
import types
import warnings
from typing import Any

#: what `isinstance(value, Subscriptable)` is for each type of parsed JSON (has
#: `__contains__`, `__getitem__` and `__len__`)
_BY_TYPE: dict[type, bool] = {dict: True, list: True, str: True,
                              int: False, float: False, bool: False, type(None): False}


def install() -> bool:
    """Swap pathable's Protocol check for the table (once; False when pathable is not as expected)."""
    try:
        from pathable import accessors, protocols
    except ImportError:
        return False
    protocol = protocols.Subscriptable
    if getattr(accessors, "Subscriptable", None) is not protocol:
        return getattr(accessors.Subscriptable, "sdkgen_fast", False)

    class _Check(type):
        def __instancecheck__(cls, instance: Any) -> bool:
            known = _BY_TYPE.get(type(instance))
            return isinstance(instance, protocol) if known is None else known

    class FastSubscriptable(metaclass=_Check):
        sdkgen_fast = True

    accessors.Subscriptable = FastSubscriptable  # type: ignore[misc, assignment]
    return True


#: sha256 of the settings modules whose behaviour the stand-ins below were checked against (both 0.9.0)
CHECKED_SETTINGS = {
    "openapi_spec_validator": frozenset({"4dcf2cefa5240b47eacb82aeaef02750c89514a5d716ed0e818fb8db70dd0f4a"}),
    "openapi_schema_validator": frozenset({"73d226357441df93e0515524fd9d7b84a7c07ee8d096efd9ba95c73ae4f0dc78"}),
}
ENV_PREFIX = "OPENAPI_SPEC_VALIDATOR_"
RESOLVED_CACHE_MAXSIZE_DEFAULT = 128
SCHEMA_VALIDATOR_BACKEND_DEFAULT = "auto"
SCHEMA_VALIDATOR_BACKEND_ALLOWED = frozenset({"auto", "jsonschema", "jsonschema-rs"})
_BACKEND_WARNING = ("Invalid value for OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND. "
                    "Expected one of: auto, jsonschema, jsonschema-rs. Falling back to auto.")
#: openapi-schema-validator's one setting: its variable, and its value when that is not set
SCHEMA_CACHE_VARIABLE = "OPENAPI_SCHEMA_VALIDATOR_COMPILED_VALIDATOR_CACHE_MAX_SIZE"
SCHEMA_CACHE_DEFAULT = 128


def install_settings_stand_in() -> tuple[str, ...]:
    """Put stand-ins in place of the libraries' `settings` modules before the libraries are imported.

    Only in a process of its own (a validator child): it changes what every
    later import of those modules gives.  Each is installed only when its
    library is not imported yet and its settings module is the checked one;
    openapi-schema-validator's only when its variable is not set at all (its
    value then is the default, whereas pydantic's parsing of a set value is
    not reproduced here).  Returns the names of the modules replaced.
    """
    import os

    installed = []
    stand_ins = {"openapi_spec_validator": spec_settings_stand_in, "openapi_schema_validator": schema_settings_stand_in}
    for package, make in stand_ins.items():
        name = f"{package}.settings"
        if package in sys.modules or name in sys.modules or not _is_checked(package):
            continue
        if package == "openapi_schema_validator" and any(k.upper() == SCHEMA_CACHE_VARIABLE for k in os.environ):
            continue
        sys.modules[name] = make()
        installed.append(name)
    return tuple(installed)


def _is_checked(package: str) -> bool:
    """Whether the package's `settings.py` is one of `CHECKED_SETTINGS` (found without importing the package)."""
    import hashlib
    import importlib.util
    import os

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return False
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        try:
            with open(os.path.join(folder, "settings.py"), "rb") as fh:
                return hashlib.sha256(fh.read()).hexdigest() in CHECKED_SETTINGS[package]
        except OSError:
            continue
    return False


def spec_settings_stand_in() -> types.ModuleType:
    """A module with the names other modules import from `openapi_spec_validator.settings`."""
    return _module("openapi_spec_validator.settings", {
        "OpenAPISpecValidatorSettings": _Settings,
        "get_resolved_cache_maxsize": _get_resolved_cache_maxsize,
        "get_schema_validator_backend": _get_schema_validator_backend,
        "ENV_PREFIX": ENV_PREFIX,
        "RESOLVED_CACHE_MAXSIZE_DEFAULT": RESOLVED_CACHE_MAXSIZE_DEFAULT,
        "SCHEMA_VALIDATOR_BACKEND_DEFAULT": SCHEMA_VALIDATOR_BACKEND_DEFAULT,
        "SCHEMA_VALIDATOR_BACKEND_ALLOWED": set(SCHEMA_VALIDATOR_BACKEND_ALLOWED),
    })


def schema_settings_stand_in() -> types.ModuleType:
    """A module with the names other modules import from `openapi_schema_validator.settings` (variable unset)."""
    from functools import lru_cache

    @lru_cache(maxsize=1)
    def get_settings() -> _SchemaSettings:
        return _SchemaSettings()

    def reset_settings_cache() -> None:
        get_settings.cache_clear()

    return _module("openapi_schema_validator.settings", {
        "OpenAPISchemaValidatorSettings": _SchemaSettings,
        "get_settings": get_settings,
        "reset_settings_cache": reset_settings_cache,
    })


def _module(name: str, names: dict[str, Any]) -> types.ModuleType:
    module = types.ModuleType(name, "sdkgen's stand-in for the library's pydantic-settings module")
    for key, value in names.items():
        setattr(module, key, value)
    return module


class _SchemaSettings:
    """`OpenAPISchemaValidatorSettings()` when its variable is not set: the default."""

    def __init__(self) -> None:
        self.compiled_validator_cache_max_size = SCHEMA_CACHE_DEFAULT


class _Settings:
    """What `OpenAPISpecValidatorSettings()` (pydantic-settings) gives, read when made.

    pydantic-settings matches variable names without regard to case (the last
    of several spellings in `os.environ` wins), passes their text unchanged to
    the fields' `before` validators, and leaves an unset field at its default.
    """

    def __init__(self) -> None:
        import os

        found = {key.lower(): value for key, value in os.environ.items()}
        prefix = ENV_PREFIX.lower()
        maxsize = found.get(prefix + "resolved_cache_maxsize")
        backend = found.get(prefix + "schema_validator_backend")
        self.resolved_cache_maxsize = RESOLVED_CACHE_MAXSIZE_DEFAULT if maxsize is None else _maxsize(maxsize)
        self.schema_validator_backend = SCHEMA_VALIDATOR_BACKEND_DEFAULT if backend is None else _backend(backend)


def _maxsize(value: str) -> int:
    try:
        parsed = int(value)
    except ValueError:
        return RESOLVED_CACHE_MAXSIZE_DEFAULT
    return RESOLVED_CACHE_MAXSIZE_DEFAULT if parsed < 0 else parsed


def _backend(value: str) -> str:
    normalized = value.strip().lower()
    if normalized in SCHEMA_VALIDATOR_BACKEND_ALLOWED:
        return normalized
    warnings.warn(_BACKEND_WARNING, UserWarning, stacklevel=2)
    return SCHEMA_VALIDATOR_BACKEND_DEFAULT


def _get_resolved_cache_maxsize() -> int:
    return _Settings().resolved_cache_maxsize


def _get_schema_validator_backend() -> str:
    return _Settings().schema_validator_backend
