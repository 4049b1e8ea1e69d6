"""A speed-up inside openapi-spec-validator's stack that changes no answer.

The keyword phase walks the document through pathable, which asks
`isinstance(node, Subscriptable)` at every step; `Subscriptable` is a
runtime-checkable Protocol, and Python 3.11 answers that by collecting the
protocol's members on every call: about a fifth of the phase on a big spec.
For the types a parsed JSON/YAML document is made of, the answer depends on
the type alone, so it is looked up in a table; anything else still gets the
Protocol's own check.
"""

from __future__ import annotations

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
