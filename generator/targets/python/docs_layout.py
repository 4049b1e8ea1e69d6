"""Line layout of example code, as black would write it.

Example programs in the docs are markdown, so the pipeline's black stage
never sees them; running black on thousands of snippets per render would
cost seconds.  Their expressions are built as small trees instead (atoms and
bracketed lists: calls, lists, dicts) and laid out here by black's rules for
such code, so a reader who pastes an example into a black-formatted project
finds it unchanged:

- a line that fits in 88 columns stays one line;
- otherwise the outermost brackets are split ("right hand split"): the
  content goes on its own line, indented 4 more, when it fits there;
- otherwise each item goes on its own line with a trailing comma, and each
  item is laid out by the same rules; a single item is laid out without a
  comma (there is no delimiter to split on);
- an assignment whose value has no brackets to split (`x = Model()`), or
  whose opening line would still be too long, gets its value wrapped in
  parentheses;
- an operator expression alone in brackets is split at its operators;
- `from x import a, b` that does not fit becomes one name per line.

Atoms are never split (a long name or string stays as it is, as black leaves
it).
"""

from __future__ import annotations

from typing import Union

from .layout import LINE_LENGTH
from .layout import STEP as _STEP
from ...records import Record

__all__ = ["Atom", "Chain", "Bracket", "Item", "Node", "flat", "layout", "import_lines", "LINE_LENGTH"]


class Atom(Record):
    """Code that is never split: a name, a literal or any other text laid out as it is."""

    text: str


class Chain(Record):
    """Operands joined by binary operators (`"text %s" % e`): `parts` = ("\"text %s\"", "% e")."""

    parts: tuple[str, ...]


class Item(Record):
    """One element of a bracket: `prefix` is `name=` or `"key": ` or empty."""

    value: "Node"
    prefix: str = ""


class Bracket(Record):
    """`open` (`Class(`, `[`, `{`, `f(`) items `close`."""

    open: str
    items: tuple[Item, ...]
    close: str


Node = Union[Atom, Chain, Bracket]


def flat(node: Node) -> str:
    if isinstance(node, Atom):
        return node.text
    if isinstance(node, Chain):
        return " ".join(node.parts)
    return node.open + ", ".join(i.prefix + flat(i.value) for i in node.items) + node.close


def layout(prefix: str, node: Node, suffix: str = "", indent: int = 0) -> list[str]:
    """The lines of `prefix + node + suffix` at column `indent`, relative to it."""
    one = prefix + flat(node) + suffix
    if indent + len(one) <= LINE_LENGTH:
        return [one]
    if isinstance(node, Chain) and not prefix and len(node.parts) > 1:
        # inside brackets black splits at the operators, one operand per line
        return [*node.parts[:-1], node.parts[-1] + suffix]
    inner = " " * _STEP
    if not isinstance(node, Bracket) or not node.items:
        # an assignment whose value cannot be split is wrapped in parentheses
        if prefix.endswith(" = ") and indent + _STEP + len(flat(node)) <= LINE_LENGTH:
            return [prefix + "(", inner + flat(node), ")" + suffix]
        return [one]
    if prefix.endswith(" = ") and indent + len(prefix + node.open) > LINE_LENGTH:
        # not even the opening line fits: the value goes in parentheses, split inside
        return [prefix + "(", *(inner + line for line in layout("", node, "", indent + _STEP)), ")" + suffix]
    head = prefix + node.open
    tail = node.close + suffix
    body = ", ".join(i.prefix + flat(i.value) for i in node.items)
    if indent + _STEP + len(body) <= LINE_LENGTH:
        return [head, inner + body, tail]
    lines = [head]
    if len(node.items) == 1:
        only = node.items[0]
        lines += [inner + line for line in layout(only.prefix, only.value, "", indent + _STEP)]
    else:
        for item in node.items:
            lines += [inner + line for line in layout(item.prefix, item.value, ",", indent + _STEP)]
    lines.append(tail)
    return lines


def import_lines(module: str, names: list[str], indent: int = 0) -> list[str]:
    """`from module import names`, one name per line when it does not fit."""
    one = f"from {module} import {', '.join(names)}"
    if indent + len(one) <= LINE_LENGTH:
        return [one]
    return [f"from {module} import ("] + [" " * _STEP + f"{n}," for n in names] + [")"]
