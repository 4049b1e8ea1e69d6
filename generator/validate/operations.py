"""Operation checks: unique operationIds, and path templates that match their path parameters."""

from __future__ import annotations

import re
from typing import Callable

from ..diagnostics import Diagnostic, Location, error
from ..loader import pointer as jp
from .refs import target_of

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def _deref(document: dict, node: object, hops: int = 16) -> object:
    while hops and isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = target_of(document, node["$ref"])
        hops -= 1
    return node


def _path_params(document: dict, params: object, base: str) -> dict[str, str]:
    """name -> pointer of each `in: path` parameter in a parameters list."""
    found: dict[str, str] = {}
    if isinstance(params, list):
        for i, param in enumerate(params):
            param = _deref(document, param)
            if isinstance(param, dict) and param.get("in") == "path" and isinstance(param.get("name"), str):
                found.setdefault(param["name"], f"{base}/parameters/{i}")
    return found


def check_operations(document: dict, locate: Callable[[str], Location | None]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    seen_ids: dict[str, tuple[str, str]] = {}
    for section in ("paths", "webhooks"):
        items = document.get(section)
        if not isinstance(items, dict):
            continue
        for path, item in items.items():
            base = f"/{section}/{jp.escape(path)}"
            item = _deref(document, item)
            if not isinstance(item, dict):
                continue
            shared = _path_params(document, item.get("parameters"), base) if section == "paths" else {}
            template = set(_TEMPLATE.findall(path)) if section == "paths" else set()
            methods = [m for m in METHODS if isinstance(item.get(m), dict)]
            for name, pointer in shared.items():
                if name not in template:
                    out.append(_extra(path, name, pointer))
            for method in methods:
                op = item[method]
                op_pointer = f"{base}/{method}"
                label = f"{method.upper()} {path}"
                op_id = op.get("operationId")
                if isinstance(op_id, str):
                    first = seen_ids.get(op_id)
                    if first is None:
                        seen_ids[op_id] = (op_pointer + "/operationId", label)
                    else:
                        loc = locate(first[0])
                        at = f" ({loc})" if loc else f" ({first[0]})"
                        out.append(error(op_pointer + "/operationId",
                                         f"duplicate operationId '{op_id}': {label} repeats the one of {first[1]}{at}",
                                         "operationIds must be unique; rename one of them", code="duplicate-operation-id"))
                if section != "paths":
                    continue
                own = _path_params(document, op.get("parameters"), op_pointer)
                for name, pointer in own.items():
                    if name not in template:
                        out.append(_extra(path, name, pointer))
                declared = set(shared) | set(own)
                for name in sorted(template - declared):
                    out.append(error(op_pointer,
                                     f"path parameter '{name}' of {label} is not declared",
                                     f"add a parameter `name: {name}, in: path, required: true` (with a schema) "
                                     "to the operation or its path item", code="undeclared-path-parameter"))
    return out


def _extra(path: str, name: str, pointer: str) -> Diagnostic:
    return error(pointer, f"parameter '{name}' is declared `in: path`, but the path '{path}' has no '{{{name}}}'",
                 f"add '{{{name}}}' to the path or change the parameter's `in`", code="unknown-path-parameter")
