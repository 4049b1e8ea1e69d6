"""Local `$ref` checks on the bundled document: unresolved targets and pure-ref loops.

One iterative walk collects every Reference Object (kind-aware: a `$ref` key
inside an example or default is data); targets are looked up once each; loops
are found on the graph of refs-to-refs, which has out-degree one, so the
whole check is linear.
"""

from __future__ import annotations

import difflib
from typing import Iterator

from ..diagnostics import Diagnostic, error
from ..loader import pointer as jp
from ..loader.kinds import REF_KINDS, Kind, child_kind, item_kind


def iter_refs(document: object) -> Iterator[tuple[list[str], dict]]:
    """(path, reference object) for every `$ref` in the document, in document order."""
    stack: list[tuple[object, Kind, list[str]]] = [(document, Kind.OBJECT, [])]
    while stack:
        node, kind, path = stack.pop()
        if isinstance(node, dict):
            if kind in REF_KINDS and isinstance(node.get("$ref"), str):
                yield path, node
                continue
            children = []
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    sub = child_kind(kind, str(key))
                    if sub is not Kind.DATA:
                        children.append((value, sub, path + [str(key)]))
            stack.extend(reversed(children))
        elif isinstance(node, list):
            sub = item_kind(kind)
            if sub is not Kind.DATA:
                stack.extend(reversed([(v, sub, path + [str(i)]) for i, v in enumerate(node)
                                       if isinstance(v, (dict, list))]))


def target_of(document: object, ref: str) -> object:
    if not ref.startswith("#"):
        return jp.MISSING
    try:
        return jp.resolve(document, jp.split(jp.from_fragment(ref[1:])))
    except ValueError:
        return jp.MISSING


def check_refs(document: dict, skip: frozenset[str] = frozenset()) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    where: dict[int, str] = {}
    edges: dict[int, int] = {}
    for path, node in iter_refs(document):
        pointer = jp.join(path)
        where.setdefault(id(node), pointer)
        ref = node["$ref"]
        if not ref.startswith("#"):
            if pointer not in skip:
                out.append(error(pointer + "/$ref", f"unresolved $ref '{ref}': external references are not allowed here",
                                 "refer to a file by a relative path", code="ref-unresolved"))
            continue
        target = target_of(document, ref)
        if target is jp.MISSING:
            out.append(_unresolved(document, pointer, ref))
        elif isinstance(target, dict) and isinstance(target.get("$ref"), str):
            edges[id(node)] = id(target)
    out.extend(_loops(edges, where))
    return out


def _unresolved(document: dict, pointer: str, ref: str) -> Diagnostic:
    try:
        segs = jp.split(jp.from_fragment(ref[1:]))
    except ValueError:
        return error(pointer + "/$ref", f"unresolved $ref '{ref}': not a JSON pointer",
                     "write it as '#/components/schemas/Name'", code="ref-unresolved")
    depth = jp.deepest(document, segs)
    hint = f"there is no '#{jp.join(segs[:depth + 1])}' in the document"
    parent = jp.resolve(document, segs[:depth])
    if isinstance(parent, dict):
        close = difflib.get_close_matches(segs[depth], [str(k) for k in parent], n=1)
        if close:
            hint += f"; did you mean '#{jp.join(segs[:depth] + close)}'?"
        else:
            hint += "; define it or fix the reference"
    return error(pointer + "/$ref", f"unresolved $ref '{ref}'", hint, code="ref-unresolved")


def _loops(edges: dict[int, int], where: dict[int, str]) -> list[Diagnostic]:
    out = []
    state: dict[int, int] = {}  # 1: on the current chain, 2: done
    for start in edges:
        if start in state:
            continue
        chain = []
        node: int | None = start
        while node is not None and node not in state:
            state[node] = 1
            chain.append(node)
            node = edges.get(node)
        if node is not None and state.get(node) == 1:
            cycle = chain[chain.index(node):]
            names = ["#" + where.get(n, "?") for n in cycle]
            first = min(range(len(cycle)), key=lambda i: names[i])  # report from a stable start
            names = names[first:] + names[:first]
            out.append(error(where.get(cycle[first], "") + "/$ref",
                             f"$ref loop: {' -> '.join(names + [names[0]])}",
                             "a reference must lead to a real definition; break the cycle",
                             code="ref-loop"))
        for n in chain:
            state[n] = 2
    return out
