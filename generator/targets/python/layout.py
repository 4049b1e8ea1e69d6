"""black's layout for the few statement shapes the templates emit, decided in the view.

black still formats every generated file.  When the text it gets is already
laid out as it would lay it out, it finds nothing to change and makes one
pass; otherwise it makes two (its second pass checks the first), which about
doubles the cost of that file.  So for the long lines the templates commonly
produce (a field with a long annotation, a long enum member, a long class
line) the views choose black's shape here (a `Statement`), and the templates
print it.

Only shapes whose outcome is certain are chosen; anything else stays on one
line and black splits it.  A wrong guess costs time, never bytes: black's
output is what is written either way.  `tests/unit/test_layout.py` checks
these rules against black itself.
"""

from __future__ import annotations

from ...records import Record, replace



LINE_LENGTH = 88
STEP = 4


def fits(text: str, indent: int = 0) -> bool:
    return indent + len(text) <= LINE_LENGTH


class Assignment(Record):
    """How `target: annotation = value` (or `target = value`, or `target: annotation`) is laid out.

    At most one flag is set; none means one line.
    """

    #: `target: annotation = (` / value / `)`
    value_wrapped: bool = False
    #: `target: (` / annotation / `) = value`
    annotation_wrapped: bool = False
    #: `target: (` / first member / `| member` ... / `) = value`
    annotation_split: bool = False
    #: `target: annotation = call(` / arguments / `)` (the value is a call)
    arguments_wrapped: bool = False
    #: `target: annotation = call(` / one argument per line, each with a comma / `)`
    arguments_exploded: bool = False
    #: `target: Generic[` / what the brackets hold / `]` (a one-member annotation, no value)
    subscript_split: bool = False
    #: with `subscript_split`: the annotation before its first `[`, and what the brackets hold
    subscript: tuple[str, str] = ("", "")


ONE_LINE = Assignment()


def assignment(indent: int, target: str, members: tuple[str, ...] = (), value: str = "",
               call: str = "", arguments: tuple[str, ...] = (), suffix: str = "") -> Assignment:
    """black's layout of an (annotated) assignment at `indent` columns.

    `members`: the annotation's union members (none: no annotation); `value`:
    the right-hand side, an atom such as `None` or a literal ("" for none);
    or `call` and its `arguments` for a right-hand side `call(arg, ...)`.
    `suffix` ends the last line: "," for a parameter in an exploded signature.
    """
    return statement(indent, target, members, value, call, arguments, suffix).layout


def _layout(s: Statement, indent: int) -> Assignment:
    """black's shape for `s` at `indent` columns, read from the statement's own parts."""
    tail = s.tail + s.suffix
    if fits(s.head + tail, indent):
        return ONE_LINE
    inner = indent + STEP
    if s.call and fits(f"{s.head} = {s.call}(", indent):
        if fits(", ".join(s.arguments), inner):
            return Assignment(arguments_wrapped=True)
        return Assignment(arguments_exploded=True)
    if s.value and fits(f"{s.head} = (", indent):
        return Assignment(value_wrapped=True) if fits(s.value, inner) and fits(f"){s.suffix}", indent) else ONE_LINE
    if not s.members or not fits(f"){tail}", indent):
        return ONE_LINE
    if len(s.members) == 1 and not _atom(s.members[0]):
        return _subscript(indent, s.target, s.members[0], s.value, s.suffix)
    if fits(s.annotation, inner):
        return Assignment(annotation_wrapped=True)
    if len(s.members) > 1 and all(fits(f"| {m}", inner) or _atom(m) for m in s.members):
        return Assignment(annotation_split=True)
    return ONE_LINE


def _subscript(indent: int, target: str, annotation: str, value: str, suffix: str) -> Assignment:
    """black splits a one-member annotation inside its brackets: `list[` / item / `]`."""
    generic, bracket, rest = annotation.partition("[")
    inner = rest[:-1]
    if (value or not bracket or not rest.endswith("]") or not generic.isidentifier()
            or not fits(f"{target}: {generic}[", indent) or not fits(inner, indent + STEP)
            or not fits(f"]{suffix}", indent)):
        return ONE_LINE
    return Assignment(subscript_split=True, subscript=(generic, inner))


def _atom(annotation: str) -> bool:
    """A name black cannot split further (a line holding only it stays, however long)."""
    return "[" not in annotation and " " not in annotation


def class_line_wrapped(indent: int, name: str, base: str) -> bool:
    """`class name(` / base / `):` instead of one line."""
    return not fits(f"class {name}({base}):", indent) and fits(base, indent + STEP)


class Statement(Record):
    """`target: annotation = value` followed by `suffix`, at `indent`, with black's shape for it.

    What templates print for a field, an enum member, a parameter or an alias:
    `macros/layout.jinja` lays it out as `layout` says.  The annotation is
    `members` (none: no annotation); the value an atom, or `call(arguments)`.
    """

    indent: str
    target: str
    members: tuple[str, ...]
    atom: str
    call: str
    arguments: tuple[str, ...]
    suffix: str
    layout: Assignment

    @property
    def annotation(self) -> str:
        return " | ".join(self.members)

    @property
    def head(self) -> str:
        """`target: annotation`, or the target alone."""
        return f"{self.target}: {self.annotation}" if self.members else self.target

    @property
    def value(self) -> str:
        return f"{self.call}({', '.join(self.arguments)})" if self.call else self.atom

    @property
    def tail(self) -> str:
        """` = value`, or nothing."""
        return f" = {self.value}" if self.value else ""


def statement(indent: int, target: str, members: tuple[str, ...] = (), value: str = "", call: str = "",
              arguments: tuple[str, ...] = (), suffix: str = "") -> Statement:
    """The statement with black's layout for it (see `assignment` for the parts)."""
    parts = Statement(" " * indent, target, members, value, call, arguments, suffix, ONE_LINE)
    return replace(parts, layout=_layout(parts, indent))
