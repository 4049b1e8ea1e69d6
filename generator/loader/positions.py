"""Lazy source positions: line:col of a JSON pointer, found only when asked.

Loading never records positions (the full Voucherify spec would pay for
millions of them).  When a diagnostic needs one:

* JSON: a scanner walks the text along the pointer, indexing each object or
  array it passes through once (keys -> offsets), skipping values with the C
  scanner; later lookups through the same containers are dictionary hits.
* YAML: the file is composed once into libyaml's node tree (which carries
  marks) and the pointer is followed through it.

A pointer that does not exist in the file is answered with the position of
its deepest existing ancestor (a missing `info.version` points at `info`).
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import re


_WS = re.compile(r"[ \t\n\r]*")
_scan_string = json.decoder.scanstring  # type: ignore[attr-defined]
_scan_value = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[attr-defined]


class LineIndex:
    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def line_col(self, offset: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in re.finditer("\n", self._text)]
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class JsonPositions:
    def __init__(self, text: str) -> None:
        self._text = text
        self._lines = LineIndex(text)
        self._objects: dict[int, dict[str, tuple[int, int]]] = {}
        self._arrays: dict[int, list[int]] = {}

    def find(self, segments: list[str]) -> tuple[int, int]:
        text = self._text
        pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
        report = pos
        try:
            for seg in segments:
                char = text[pos]
                if char == "{":
                    entry = self._object(pos).get(seg)
                    if entry is None:
                        break
                    report, pos = entry
                elif char == "[":
                    items = self._array(pos)
                    if not seg.isdigit() or int(seg) >= len(items):
                        break
                    report = pos = items[int(seg)]
                else:
                    break
        except (ValueError, IndexError, StopIteration):
            pass  # text and document disagree: keep the best position found
        return self._lines.line_col(report)

    def _object(self, start: int) -> dict[str, tuple[int, int]]:
        index = self._objects.get(start)
        if index is not None:
            return index
        text, index = self._text, {}
        i = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
        while text[i] != "}":
            key, j = _scan_string(text, i + 1)
            j = _WS.match(text, j).end()  # type: ignore[union-attr]
            value = _WS.match(text, j + 1).end()  # type: ignore[union-attr]  # past ':'
            _, end = _scan_value(text, value)
            index[key] = (i, value)
            i = _WS.match(text, end).end()  # type: ignore[union-attr]
            if text[i] == ",":
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
        self._objects[start] = index
        return index

    def _array(self, start: int) -> list[int]:
        items = self._arrays.get(start)
        if items is not None:
            return items
        text, items = self._text, []
        i = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
        while text[i] != "]":
            items.append(i)
            _, end = _scan_value(text, i)
            i = _WS.match(text, end).end()  # type: ignore[union-attr]
            if text[i] == ",":
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
        self._arrays[start] = items
        return items


class YamlPositions:
    def __init__(self, text: str) -> None:
        self._text = text
        self._root: object | None = None
        self._keys: dict[int, dict[str, tuple[object, object]]] = {}

    def find(self, segments: list[str]) -> tuple[int, int]:
        from yaml.nodes import MappingNode, SequenceNode  # only YAML documents get here

        if self._root is None:
            from .yaml_safe import compose_yaml

            self._root = compose_yaml(self._text)
        node = self._root
        if node is None:
            return 1, 1
        mark = node.start_mark  # type: ignore[attr-defined]
        for seg in segments:
            if isinstance(node, MappingNode):
                keys = self._keys.get(id(node))
                if keys is None:
                    keys = {}
                    for k, v in node.value:
                        keys[str(getattr(k, "value", ""))] = (k, v)
                    self._keys[id(node)] = keys
                entry = keys.get(seg)
                if entry is None:
                    break
                key_node, node = entry
                mark = key_node.start_mark  # type: ignore[attr-defined]
            elif isinstance(node, SequenceNode):
                if not seg.isdigit() or int(seg) >= len(node.value):
                    break
                node = node.value[int(seg)]
                mark = node.start_mark  # type: ignore[attr-defined]
            else:
                break
        return mark.line + 1, mark.column + 1
