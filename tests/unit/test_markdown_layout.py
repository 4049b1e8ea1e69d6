"""The layout of example code in the docs matches black's output for the same code."""

from __future__ import annotations

import black
import pytest

from generator.targets.python.docs_layout import Atom, Bracket, Chain, Item, Node, flat, import_lines, layout

MODE = black.Mode(line_length=88)


def call(opening: str, *args: tuple[str, Node]) -> Bracket:
    return Bracket(opening, tuple(Item(value, prefix) for prefix, value in args), ")")


def black_of(code: str) -> str:
    return black.format_str(code, mode=MODE)


SHORT = call("Order(", ("amount=", Atom("2700")), ("status=", Atom("OrderStatus.PAID")))
ITEM = call("OrderItemWithAFairlyLongClassName(", ("quantity=", Atom("1")), ("price=", Atom("2000")))
LONG = call(
    "OrdersCreateRequestBodyWithALongName(",
    ("amount=", Atom("2700")),
    ("items=", Bracket("[", (Item(ITEM),), "]")),
    ("customer=", call("CustomerReferenceWithALongName(", ("source_id=", Atom('"customer_source_id_example"')))),
    ("status=", Atom("OrdersCreateRequestBodyStatus.PAID")),
)
CASES = {
    "fits": ("x = ", SHORT, 0),
    "right hand split": ("orders_create_request_body = ", call("OrdersCreateRequestBody(", ("amount=", Atom("2700")),
                                                                ("status=", Atom("OrdersCreateRequestBodyStatus.PAID"))), 0),
    "one per line, nested": ("orders_create_request_body = ", LONG, 4),
    "single long item": ("x = ", Bracket("[", (Item(call("OrderItemAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA(",
                                                           ("quantity=", Atom("1")), ("price=", Atom("2")))),), "]"), 0),
    "empty call wrapped": ("orders_export_create_response_body_parameters = ",
                           call("OrdersExportCreateResponseBodyParameters("), 0),
    "call in try": ("api_response = ", call("api_instance.update_order_with_http_info(", ("", Atom("order_id")),
                                             ("", Atom("orders_update_request_body"))), 8),
    "keywords": ("api_response = ", call("api_instance.list_orders_with_http_info(", ("limit=", Atom("limit")),
                                         ("page=", Atom("page")), ("order=", Atom("order"))), 4),
    "operator in print": ("", call("print(", ("", Chain(('"Exception when calling CampaignsApi->add_voucher_with_specific_code: %s"',
                                                         "% e")))), 4),
    "dict": ("metadata = ", Bracket("{", (Item(Atom('"value_of_a_rather_long_metadata_entry_example_here"'), '"key": '),
                                          Item(Atom('"another_value_that_makes_the_line_long"'), '"other": ')), "}"), 0),
    "datetime": ("created_after_the_given_moment = ", call("datetime(", *[("", Atom(n)) for n in ("2013", "10", "20", "19", "20", "30")],
                                                           ("tzinfo=", Atom("timezone.utc"))), 4),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_layout_is_what_black_writes(name: str) -> None:
    prefix, node, indent = CASES[name]
    lines = layout(prefix, node, "", indent)
    code = "\n".join(" " * indent + line for line in lines)
    # the statement inside blocks that put it at its indentation
    wrapped = "".join("    " * level + "if True:\n" for level in range(indent // 4)) + code + "\n"
    assert black_of(wrapped) == wrapped, "\n" + wrapped


def test_flat_is_one_line() -> None:
    assert flat(SHORT) == "Order(amount=2700, status=OrderStatus.PAID)"
    assert flat(Chain(('"a %s"', "% e"))) == '"a %s" % e'


@pytest.mark.parametrize("names", [["A", "B"], [f"VeryLongModelClassName{i}" for i in range(5)]])
def test_imports_are_what_black_writes(names: list[str]) -> None:
    code = "\n".join(import_lines("voucherify.models", names)) + "\n"
    assert black_of(code) == code
