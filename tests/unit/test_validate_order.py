"""Validator findings are reported in one order whatever the hash seed: by pointer."""

from __future__ import annotations

from generator.validate import _order


def test_indexes_sort_as_numbers_names_as_text_and_huge_digit_keys_do_not_crash() -> None:
    pointers = [
        ("paths", "/a", "get", "parameters", "10"),
        ("paths", "/a", "get", "parameters", "9"),
        ("paths", "/a", "get", "parameters", "9", "schema"),
        ("components", "schemas", "9" * 5000),  # int() would refuse it (4,300 digits at most)
        ("components", "schemas", "B"),
        ("components", "schemas", "a"),
        ("components", "schemas", "\uff12"),  # a full-width digit is a name, not an index
    ]
    ordered = sorted(pointers, key=lambda p: _order(p, "message"))
    assert ordered == [
        ("components", "schemas", "9" * 5000),
        ("components", "schemas", "B"),
        ("components", "schemas", "a"),
        ("components", "schemas", "\uff12"),
        ("paths", "/a", "get", "parameters", "9"),
        ("paths", "/a", "get", "parameters", "9", "schema"),
        ("paths", "/a", "get", "parameters", "10"),
    ]
    assert _order(("x",), "a") < _order(("x",), "b")  # then by message
