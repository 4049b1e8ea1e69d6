"""Bundling: one document out of a multi-file spec, with only local `$ref`s left.

* A `$ref` in a schema position that points into another file hoists the
  target into `components/schemas` (named by its key when it sits in
  `components/schemas/<X>`, `definitions/<X>` or `$defs/<X>` of that file,
  else by the last pointer segment or the file stem; made unique with a
  number, in walk order) and becomes `#/components/schemas/<Name>`.  The same
  target always gets the same name, so recursive schemas across files work.
  A target inside a schema that has a name (or is its file's root) points into
  it instead (`video.yaml#/properties/id` is `#/components/schemas/Video/properties/id`),
  so a spec split into files gives the same models as the one file.
* Any other external `$ref` (path item, operation, parameter, response,
  request body, example, ...) is inlined; refs inside the inlined text are
  resolved relative to its own file.  An inlining chain that comes back to
  itself is a loop and is reported with the chain.
* Local refs of the root file stay as they are; refs back into the root file
  become local refs.
* Never a URL; files only inside the allowed folder (symlinks resolved first).

Every place where text from a file lands in the bundle is recorded as a
*mount* (bundled pointer -> file + pointer in that file), so positions can be
found in the right file later.
"""

from __future__ import annotations

import os
import re
from collections import deque
from pathlib import Path
from urllib.parse import unquote

from ..diagnostics import Diagnostic, Level
from . import pointer as jp
from .kinds import REF_KINDS, Kind, child_kind, item_kind
from .source import SourceError, SourceFile, read_source

#: the bundled document may hold at most this many nodes (refs that fan out multiply a spec;
#: content inlined at several places is shared, not copied, but counted each time)
MAX_BUNDLED_NODES = 5_000_000

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")

Target = tuple[SourceFile, str]


class TooBig(Exception):
    pass


class Bundler:
    def __init__(self, root: SourceFile, allowed_root: Path, allowed_display: str) -> None:
        self.root = root
        self.allowed_root = allowed_root
        self.allowed_display = allowed_display
        self.files: dict[Path, SourceFile] = {root.path: root}
        self._failed: dict[Path, SourceError] = {}
        self.mounts: dict[str, Target] = {"": (root, "")}
        self.diagnostics: list[Diagnostic] = []
        self.unresolved: set[str] = set()
        self._names: dict[tuple[Path, str], str] = {}
        self._slots: set[str] = set()  # root schema names filled in place by an external ref
        self._taken: set[str] = set()
        self._queue: deque[tuple[str, SourceFile, str, object]] = deque()
        self._inlining: list[tuple[Path, str]] = []
        self._path: list[str] = []
        self._size = 0  # nodes in the bundled document, counting shared inlined content each time
        self._inlined: dict[tuple[Path, str, Kind], tuple[object, int]] = {}

    # ------------------------------------------------------------------ driver

    def bundle(self) -> dict:
        data = self.root.data
        assert isinstance(data, dict)
        schemas = _root_schemas(data)
        self._taken.update(schemas)
        for name, value in schemas.items():  # `Name: {$ref: other.yaml}` keeps its name
            if isinstance(value, dict) and isinstance(value.get("$ref"), str) and not value["$ref"].startswith("#"):
                target = self._target(value["$ref"], self.root, quiet=True)
                if target is not None and target[0] is not self.root:
                    self._names.setdefault((target[0].path, target[1]), name)
                    self._slots.add(name)
        document = self._walk(data, Kind.OBJECT, self.root)
        assert isinstance(document, dict)
        hoisted: dict[str, object] = {}
        while self._queue:
            name, file, ptr, node = self._queue.popleft()
            self._path = ["components", "schemas", name]
            self.mounts[jp.join(self._path)] = (file, ptr)
            hoisted[name] = self._walk(node, Kind.SCHEMA, file)
        if hoisted:
            document = dict(document)
            components = dict(document.get("components") or {})
            merged = dict(components.get("schemas") or {})
            merged.update(hoisted)
            components["schemas"] = merged
            document["components"] = components
        return document  # type: ignore[return-value]

    # ------------------------------------------------------------------ walk

    def _walk(self, node: object, kind: Kind, file: SourceFile) -> object:
        self._size += 1
        if self._size > MAX_BUNDLED_NODES:
            raise TooBig()
        if isinstance(node, dict):
            if kind in REF_KINDS and isinstance(node.get("$ref"), str):
                return self._ref(node, kind, file)
            out = None
            for key, value in node.items():
                if not isinstance(value, (dict, list)):
                    continue
                sub = child_kind(kind, key)
                if sub is Kind.DATA:
                    continue
                self._path.append(key)
                new = self._walk(value, sub, file)
                self._path.pop()
                if new is not value:
                    if out is None:
                        out = dict(node)
                    out[key] = new
            return node if out is None else out
        if isinstance(node, list):
            sub = item_kind(kind)
            if sub is Kind.DATA:
                return node
            out_list = None
            for i, value in enumerate(node):
                if not isinstance(value, (dict, list)):
                    continue
                self._path.append(str(i))
                new = self._walk(value, sub, file)
                self._path.pop()
                if new is not value:
                    if out_list is None:
                        out_list = list(node)
                    out_list[i] = new
            return node if out_list is None else out_list
        return node

    def _here(self) -> str:
        return jp.join(self._path)

    def _ref(self, node: dict, kind: Kind, file: SourceFile) -> object:
        ref = node["$ref"]
        if file is self.root and ref.startswith("#"):
            return node
        target = self._target(ref, file)
        if target is None:
            return self._broken()
        tfile, tptr = target
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if tfile is self.root:
            if not tptr:
                self._error(f"$ref '{ref}' includes the root spec into itself", "ref-loop",
                            "refer to a part of it (e.g. '...#/components/schemas/Name') instead")
                return self._broken()
            return {"$ref": "#" + jp.join(jp.split(tptr)), **siblings}
        found = jp.resolve(tfile.data, jp.split(tptr))
        if found is jp.MISSING:
            self._missing(ref, tfile, tptr)
            return self._broken()
        if kind is Kind.SCHEMA:
            key = (tfile.path, tptr)
            name = self._names.get(key)
            inside = self._inside_schema(tfile, tptr) if name is None else None
            if inside is not None:
                return {"$ref": inside, **siblings}
            if name is None:
                name = self._new_name(tfile, tptr)
                self._names[key] = name
                self._queue.append((name, tfile, tptr, found))
            elif name in self._slots and self._path == ["components", "schemas", name]:
                self._slots.discard(name)
                return self._inline(tfile, tptr, found, kind, siblings, ref)
            return {"$ref": "#/components/schemas/" + jp.escape(name), **siblings}
        return self._inline(tfile, tptr, found, kind, siblings, ref)

    def _inline(self, tfile: SourceFile, tptr: str, found: object, kind: Kind,
                siblings: dict, ref: str) -> object:
        key = (tfile.path, tptr)
        if key in self._inlining:
            start = self._inlining.index(key)
            chain = [self._describe(p, q) for p, q in self._inlining[start:]] + [self._describe(*key)]
            self._error(f"$ref loop: {' -> '.join(chain)}", "ref-loop",
                        "break the cycle: one of these references must point at real content")
            return self._broken()
        self.mounts[self._here()] = (tfile, tptr)
        memo = self._inlined.get((tfile.path, tptr, kind))
        if memo is not None:  # the same text inlined again: share it, but count its size
            content, size = memo
            self._size += size
            if self._size > MAX_BUNDLED_NODES:
                raise TooBig()
        else:
            self._inlining.append(key)
            before = self._size
            try:
                content = self._walk(found, kind, tfile)
            finally:
                self._inlining.pop()
            self._inlined[(tfile.path, tptr, kind)] = (content, self._size - before)
        if siblings and isinstance(content, dict):
            content = {**content, **siblings}
        return content

    # ------------------------------------------------------------------ targets

    def _target(self, ref: str, file: SourceFile, quiet: bool = False) -> Target | None:
        report = (lambda *a: None) if quiet else self._error
        if _SCHEME.match(ref) or ref.startswith("//"):
            if ref.lower().startswith(("http:", "https:", "//")):
                report(f"remote reference '{ref}' is not fetched", "ref-remote",
                       "remote references are not fetched; download the file and refer to it by a relative path")
            else:
                report(f"unsupported $ref '{ref}': only relative file paths and '#/...' pointers are allowed",
                       "ref-invalid", "refer to the file by a path relative to this file")
            return None
        path_part, _, fragment = ref.partition("#")
        ptr = jp.from_fragment(fragment)
        if ptr and not ptr.startswith("/"):
            report(f"unsupported $ref '{ref}': the part after '#' must be a JSON pointer starting with '/'",
                   "ref-invalid", "write it as '#/components/schemas/Name'")
            return None
        if not path_part:
            return file, ptr
        try:
            resolved = (file.path.parent / unquote(path_part)).resolve()
        except (OSError, ValueError, RuntimeError):
            report(f"unresolved $ref '{ref}': not a usable file path", "ref-unresolved",
                   "refer to the file by a path relative to this file")
            return None
        if not resolved.is_relative_to(self.allowed_root):
            report(f"$ref '{ref}' points outside the allowed folder '{self.allowed_display}': {resolved}",
                   "ref-outside-root",
                   "external files must be inside the spec's folder; pass --ref-root FOLDER to allow another folder")
            return None
        if resolved in self._failed:
            if not quiet:
                self._unreadable(ref, resolved, self._failed[resolved])
            return None
        source = self.files.get(resolved)
        if source is None:
            try:
                source = read_source(resolved, self._display(resolved))
            except SourceError as exc:
                self._failed[resolved] = exc
                if not quiet:
                    self._unreadable(ref, resolved, exc)
                return None
            self.files[resolved] = source
        return source, ptr

    # ------------------------------------------------------------------ naming and reporting

    def _inside_schema(self, tfile: SourceFile, tptr: str) -> str | None:
        """The local ref for a target inside a schema that has (or, as its file's root, gets) a name.

        `video.yaml#/properties/id` becomes `#/components/schemas/Video/properties/id`,
        as in the one-file spec, instead of a schema `id` of its own: a spec split
        into files gives the same models as the one file.
        """
        segs = jp.split(tptr)
        for end in range(len(segs) - 1, -1, -1):
            if segs[end] not in _SUBSCHEMA_KEYWORDS:
                continue
            container = jp.join(segs[:end])
            name = self._names.get((tfile.path, container))
            if name is None and end == 0 and _is_schema(tfile.data):
                name = self._new_name(tfile, "")
                self._names[(tfile.path, "")] = name
                self._queue.append((name, tfile, "", tfile.data))
            if name is not None:
                return "#/components/schemas/" + jp.escape(name) + jp.join(segs[end:])
        return None

    def _new_name(self, tfile: SourceFile, tptr: str) -> str:
        segs = jp.split(tptr)
        if segs:
            base = segs[-1]
        else:
            base = Path(tfile.display).name.split(".")[0]
        base = _NAME_CHARS.sub("_", base).strip("_") or "Schema"
        name, n = base, 2
        while name in self._taken:
            name, n = f"{base}{n}", n + 1
        self._taken.add(name)
        return name

    def _display(self, resolved: Path) -> str:
        root_dir = self.root.path.parent
        if resolved.is_relative_to(root_dir):
            return str(Path(self.root.display).parent / resolved.relative_to(root_dir))
        return os.path.relpath(resolved)

    def _describe(self, path: Path, ptr: str) -> str:
        source = self.files.get(path)
        name = source.display if source else str(path)
        return f"{name}#{ptr}" if ptr else name

    def _broken(self) -> dict:
        self.unresolved.add(self._here())
        return {}

    def _error(self, message: str, code: str, hint: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(Level.ERROR, self._here() + "/$ref", message, hint, code=code))

    def _unreadable(self, ref: str, resolved: Path, exc: SourceError) -> None:
        where = self._display(resolved)
        if exc.line is not None:
            where += f":{exc.line}" + (f":{exc.column}" if exc.column is not None else "")
        if exc.message == "file not found":
            self._error(f"unresolved $ref '{ref}': {where}: file not found", "ref-unresolved",
                        "the path is relative to the file that holds the $ref; fix it or add the file")
        else:
            self._error(f"unresolved $ref '{ref}': {where}: {exc.message}", "ref-unreadable", exc.hint)

    def _missing(self, ref: str, tfile: SourceFile, tptr: str) -> None:
        segs = jp.split(tptr)
        depth = jp.deepest(tfile.data, segs)
        hint = f"{tfile.display} has no '{jp.join(segs[:depth + 1])}'"
        parent = jp.resolve(tfile.data, segs[:depth])
        if isinstance(parent, dict):
            import difflib

            close = difflib.get_close_matches(segs[depth], [str(k) for k in parent], n=1)
            if close:
                hint += f"; did you mean '{jp.join(segs[:depth] + close)}'?"
        self._error(f"unresolved $ref '{ref}': no such node in {tfile.display}", "ref-unresolved", hint)


#: keywords under which a schema holds schemas of its own (a target below one is inside that schema)
_SUBSCHEMA_KEYWORDS = frozenset({"properties", "items", "additionalProperties", "allOf", "anyOf", "oneOf", "not",
                                 "prefixItems", "patternProperties"})


def _is_schema(data: object) -> bool:
    """A file's root is a schema (not a collection of named ones): it has a schema keyword of the right kind."""
    if not isinstance(data, dict):
        return False
    kind = data.get("type")
    return isinstance(kind, (str, list)) or isinstance(data.get("properties"), dict) \
        or any(isinstance(data.get(k), list) for k in ("allOf", "anyOf", "oneOf", "enum")) \
        or isinstance(data.get("items"), dict)


def _root_schemas(data: dict) -> dict:
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return schemas if isinstance(schemas, dict) else {}
