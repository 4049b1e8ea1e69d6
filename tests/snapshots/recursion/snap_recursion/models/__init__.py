"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .binary_op import BinaryOp as BinaryOp
    from .binary_op_op import BinaryOpOp as BinaryOpOp
    from .category import Category as Category
    from .department import Department as Department
    from .employee import Employee as Employee
    from .expression import Expression as Expression
    from .json import Json as Json
    from .list_node import ListNode as ListNode
    from .literal import Literal_ as Literal_
    from .named import Named as Named

__all__ = [
    "BinaryOp",
    "BinaryOpOp",
    "Category",
    "Department",
    "Employee",
    "Expression",
    "Json",
    "ListNode",
    "Literal_",
    "Named",
]

_EXPORTS: dict[str, str] = {
    "BinaryOp": ".binary_op",
    "BinaryOpOp": ".binary_op_op",
    "Category": ".category",
    "Department": ".department",
    "Employee": ".employee",
    "Expression": ".expression",
    "Json": ".json",
    "ListNode": ".list_node",
    "Literal_": ".literal",
    "Named": ".named",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
