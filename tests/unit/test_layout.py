"""The layout rules (`generator/targets/python/layout.py`) agree with black itself.

For many random names, annotations and values, the text printed in the
shape the rules choose is fed to black: whenever a rule picks a multi-line
shape, black must leave it exactly as it is; a line that fits must stay one
line.  (When no rule applies the line stays long and black splits it; that
costs time, not correctness, and is not asserted.)
"""

from __future__ import annotations

import random

import black
import pytest

from generator.targets.python import layout

MODE = black.Mode(target_versions={black.TargetVersion.PY310})


def _name(length: int, upper: bool = False) -> str:
    text = ("N" + "a" * 200)[:length]
    return text.upper() if upper else text


def _assignment(target: str, members: tuple[str, ...], value: str, call: str, arguments: tuple[str, ...],
                shape: layout.Assignment) -> str:
    annotation = " | ".join(members)
    if call:
        value = f"{call}({', '.join(arguments)})"
    head = f"    {target}: {annotation}" if members else f"    {target}"
    tail = f" = {value}" if value else ""
    if shape.annotation_split:
        lines = [f"    {target}: ("] + [f"        {'| ' if i else ''}{m}" for i, m in enumerate(members)]
        return "\n".join(lines) + f"\n    ){tail}\n"
    if shape.annotation_wrapped:
        return f"    {target}: (\n        {annotation}\n    ){tail}\n"
    if shape.value_wrapped:
        return f"{head} = (\n        {value}\n    )\n"
    if shape.arguments_wrapped:
        return f"{head} = {call}(\n        {', '.join(arguments)}\n    )\n"
    if shape.arguments_exploded:
        return f"{head} = {call}(\n" + "".join(f"        {a},\n" for a in arguments) + "    )\n"
    if shape.subscript_split:
        return f"    {target}: {shape.subscript[0]}[\n        {shape.subscript[1]}\n    ]\n"
    return f"{head}{tail}\n"


def _cases(seed: int, count: int):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    for _ in range(count):
        target = _name(rng.randint(1, 70)).lower()
        type_name = _name(rng.randint(3, 110))
        kind = rng.choice(["optional", "list", "dict", "required", "required-list", "union", "enum", "alias",
                           "required-alias"])
        call, arguments, value, members = "", (), "None", (type_name, "None")
        if kind == "list":
            members = (f"list[{type_name}]", "None")
        elif kind == "dict":
            members = (f"dict[str, {type_name}]", "None")
        elif kind == "required":
            members, value = (type_name,), ""
        elif kind == "required-list":
            members, value = (f"list[{type_name}]",), ""
        elif kind == "union":
            members = (type_name, _name(rng.randint(3, 40)), "None")
        elif kind == "enum":
            target, members, value = target.upper(), (), '"' + _name(rng.randint(1, 100)) + '"'
        elif kind in ("alias", "required-alias"):
            call = "Field"
            alias = f'alias="{_name(rng.randint(1, 90))}"'
            arguments = ("default=None", alias) if kind == "alias" else (alias,)
            members = (type_name, "None") if kind == "alias" else (type_name,)
        yield target, members, value, call, arguments


@pytest.mark.parametrize("seed", range(4))
def test_chosen_shapes_are_what_black_writes(seed: int) -> None:
    chosen = 0
    for target, members, value, call, arguments in _cases(seed, 600):
        shape = layout.assignment(layout.STEP, target, members, value, call, arguments)
        source = "class A(B):\n" + _assignment(target, members, value, call, arguments, shape)
        if shape != layout.ONE_LINE:
            chosen += 1
            assert black.format_str(source, mode=MODE) == source, source
        elif len(source.splitlines()[1]) <= layout.LINE_LENGTH:
            assert black.format_str(source, mode=MODE) == source, source
    assert chosen > 100  # the rules did pick shapes


def test_class_lines() -> None:
    rng = random.Random(7)
    for _ in range(300):
        name = _name(rng.randint(5, 100))
        base = rng.choice(["Model", "OpenStrEnum", "OpenIntEnum"])
        if layout.class_line_wrapped(0, name, base):
            source = f"class {name}(\n    {base}\n):\n    pass\n"
        else:
            source = f"class {name}({base}):\n    pass\n"
        assert black.format_str(source, mode=MODE) == source, source


def test_parameters_of_an_exploded_signature() -> None:
    rng = random.Random(11)
    chosen = 0
    for _ in range(1500):
        target = _name(rng.randint(1, 60)).lower()
        type_name = _name(rng.randint(3, 80))
        members, value = rng.choice([((type_name, "dict[str, Any]"), ""), ((type_name, "None"), "None"),
                                     ((type_name,), ""), ((f"Sequence[{type_name} | dict[str, Any]]",), "")])
        shape = layout.assignment(8, target, members, value, suffix=",")
        annotation, tail = " | ".join(members), f" = {value}" if value else ""
        if shape.annotation_split:
            line = f"        {target}: (\n" + "".join(
                f"            {'| ' if i else ''}{m}\n" for i, m in enumerate(members)) + f"        ){tail},\n"
        elif shape.annotation_wrapped:
            line = f"        {target}: (\n            {annotation}\n        ){tail},\n"
        elif shape.value_wrapped:
            line = f"        {target}: {annotation} = (\n            {value}\n        ),\n"
        elif shape.subscript_split:
            line = f"        {target}: {shape.subscript[0]}[\n            {shape.subscript[1]}\n        ],\n"
        else:
            line = f"        {target}: {annotation}{tail},\n"
        source = f"class A:\n    def f(\n        self,\n{line}    ) -> None:\n        pass\n"
        if shape != layout.ONE_LINE or len(line) <= layout.LINE_LENGTH + 1:
            chosen += shape != layout.ONE_LINE
            assert black.format_str(source, mode=MODE) == source, source
    assert chosen > 100
