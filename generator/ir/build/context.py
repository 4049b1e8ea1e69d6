"""Shared state of one IR build: the document, `$ref` resolution, diagnostics.

The builder reads only `loaded.document`, a plain dict of the bundled spec in
which only local (`#/...`) refs remain.  Everything here is linear in the size
of the document: refs are resolved through a memo, and nothing walks the whole
document more than once.
"""

from __future__ import annotations

from typing import Any

from ...diagnostics import Diagnostic, Level
from ..model import Schema
from ...records import Struct, field

#: what a raw spec node is; only the builder sees these
Node = Any

SCHEMA_PREFIX = "/components/schemas/"


def escape(token: str) -> str:
    """One JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: object) -> str:
    return pointer + "".join("/" + escape(str(t)) for t in tokens)


def component_name(pointer: str) -> str | None:
    """`/components/schemas/Foo` -> `Foo`; None for any other pointer."""
    if pointer.startswith(SCHEMA_PREFIX):
        rest = pointer[len(SCHEMA_PREFIX):]
        if "/" not in rest:
            return unescape(rest)
    return None


class RefError(Exception):
    """A `$ref` that cannot be followed; `message` says why."""


class Context(Struct):
    """The shared state of one IR build: the document, resolved pointers, built schemas, diagnostics."""

    document: dict[str, Node]
    openapi_version: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: pointer -> node, for every pointer resolved so far
    _pointer_memo: dict[str, Node] = field(default_factory=dict)
    #: the named schemas built so far (components and hoisted), by name
    schemas: dict[str, Schema] = field(default_factory=dict)
    #: (pointer, code) of the warnings `warn_once` gave
    _warned_once: set[tuple[str, str]] = field(default_factory=set)
    #: every diagnostic added (`_add`)
    _seen: set[Diagnostic] = field(default_factory=set)

    @property
    def is_31(self) -> bool:
        return self.openapi_version.startswith("3.1")

    # ------------------------------------------------------------------ diagnostics

    def _add(self, diagnostic: Diagnostic) -> None:
        """Add `diagnostic` unless the very same one was added (a shared component, built for every
        operation that uses it, reports its findings once)."""
        if diagnostic not in self._seen:
            self._seen.add(diagnostic)
            self.diagnostics.append(diagnostic)

    def warn(self, pointer: str, message: str, hint: str | None = None, code: str = "ir") -> None:
        self._add(Diagnostic(Level.WARNING, pointer, message, hint, code=code))

    def warn_once(self, pointer: str, message: str, hint: str | None = None, code: str = "ir") -> None:
        """`warn`, unless a warning of this code was given for this pointer already (a node checked
        on more than one path)."""
        if (pointer, code) not in self._warned_once:
            self._warned_once.add((pointer, code))
            self.warn(pointer, message, hint, code)

    def error(self, pointer: str, message: str, hint: str | None = None, code: str = "ir") -> None:
        self._add(Diagnostic(Level.ERROR, pointer, message, hint, code=code))

    def info(self, pointer: str, message: str, hint: str | None = None, code: str = "ir") -> None:
        self._add(Diagnostic(Level.INFO, pointer, message, hint, code=code))

    # ------------------------------------------------------------------ refs

    def lookup(self, pointer: str) -> Node:
        """The node at a JSON pointer (no `#`), or raise RefError."""
        if pointer in self._pointer_memo:
            return self._pointer_memo[pointer]
        node: Node = self.document
        if pointer:
            if not pointer.startswith("/"):
                raise RefError(f"'{pointer}' is not a JSON pointer")
            for raw in pointer[1:].split("/"):
                token = unescape(raw)
                if isinstance(node, dict) and token in node:
                    node = node[token]
                elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                    node = node[int(token)]
                else:
                    raise RefError(f"'#{pointer}' does not exist in the document")
        self._pointer_memo[pointer] = node
        return node

    @staticmethod
    def ref_pointer(ref: object) -> str:
        """`#/components/x` -> `/components/x`; raise RefError for non-local refs."""
        if not isinstance(ref, str):
            raise RefError("$ref must be a string")
        if not ref.startswith("#"):
            raise RefError(f"'{ref}' is not a local reference (the loader should have bundled it)")
        from urllib.parse import unquote

        return unquote(ref[1:])

    def follow(self, node: Node, pointer: str) -> tuple[Node, str]:
        """Follow a chain of `$ref`s (parameters, responses, ...) to the real node.

        Returns the node and its pointer.  Sibling keys of a `$ref` are
        ignored here (3.1 allows `summary`/`description` beside it; the
        caller reads them from the original node when it cares).  A broken
        or looping chain is reported and yields `({}, pointer)`.
        """
        seen: list[str] = []
        while isinstance(node, dict) and "$ref" in node:
            try:
                target = self.ref_pointer(node["$ref"])
                if target in seen:
                    self.error(pointer, f"$ref loop: {' -> '.join('#' + p for p in [*seen, target])}",
                               "make one of the references point at a real definition", code="ir-ref-loop")
                    return {}, pointer
                seen.append(target)
                node, pointer = self.lookup(target), target
            except RefError as exc:
                self.error(pointer, f"unresolved $ref: {exc}", "fix the reference", code="ir-ref")
                return {}, pointer
        return node, pointer
