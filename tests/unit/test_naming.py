"""Naming rules: identifiers and file names from hostile spec names."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import naming


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("createOrder", "create_order"),
        ("OrdersAPI2Body", "orders_api2_body"),
        ("foo-bar", "foo_bar"),
        ("foo_bar", "foo_bar"),
        ("2fa", "value_2_fa"),
        ("café", "cafe"),
    ],
)
def test_snake(wire: str, expected: str) -> None:
    assert naming.snake(wire) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [("order_item", "OrderItem"), ("orders-list", "OrdersList"), ("ApiClient", "ApiClient_"),
     ("Configuration", "Configuration_"), ("str", "Str"), ("Any", "Any_"), ("Model", "Model_")],
)
def test_class_names_avoid_builtins_and_runtime_names(wire: str, expected: str) -> None:
    assert naming.class_name(wire) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [("createdAt", "created_at"), ("class", "class_"), ("schema", "schema_"), ("model_config", "model_config_"),
     ("json", "json_"), ("date", "date_"), ("from_dict", "from_dict_"), ("_private", "private")],
)
def test_field_names_avoid_keywords_and_pydantic_attributes(wire: str, expected: str) -> None:
    assert naming.field_name(wire) == expected


@pytest.mark.parametrize("wire", ["fields", "config", "Config", "root", "self", "model_x", "time", "data"])
def test_field_names_that_collide_with_nothing_are_kept(wire: str) -> None:
    assert naming.field_name(wire) == naming.snake(wire)


def test_pydantic_names_are_exactly_base_models_attributes() -> None:
    pydantic = pytest.importorskip("pydantic")
    public = {n for n in dir(pydantic.BaseModel) if not n.startswith("_")}
    assert naming.PYDANTIC_MODEL_ATTRIBUTES == public
    assert public <= naming.RESERVED_FIELD_NAMES


def test_every_reserved_field_name_really_collides() -> None:
    """A field with a reserved name shadows a model attribute, breaks `from_dict`, or hides a type."""
    pydantic = pytest.importorskip("pydantic")
    import warnings

    types = {"str", "int", "float", "bool", "bytes", "list", "date", "datetime"}
    base = ("from __future__ import annotations\nfrom datetime import date, datetime\n"
            "from pydantic import BaseModel\n"
            "class Base(BaseModel):  # the generated models' own API, as in <pkg>/_base.py\n"
            "    @classmethod\n"
            "    def from_dict(cls, data): return cls.model_construct(_fields_set=set(data), **data)\n"
            "    from_json = to_dict = to_json = from_dict\n")
    for name in sorted(naming.RESERVED_FIELD_NAMES - types):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                namespace: dict[str, object] = {}
                exec(base + f"class M(Base):\n    {name}: int | None = None\nM.from_dict({{{name!r}: 1}})\n",
                     namespace)
                broken = False
            except (TypeError, ValueError, NameError, pydantic.PydanticUserError):
                broken = True
        assert broken or any("shadows an attribute" in str(w.message) for w in caught), name
    for name in types:  # `other: <type> | None` cannot be evaluated beside a field named <type>
        source = base + f"class M(Base):\n    {name}: str | None = None\n    other: {name} | None = None\n"
        with pytest.raises((TypeError, pydantic.PydanticUndefinedAnnotation)):
            exec(source + "M.model_rebuild()\n", {})


def test_parameter_names_avoid_the_methods_own_names() -> None:
    assert naming.parameter_name("self") == "self_"
    assert naming.parameter_name("orderId") == "order_id"
    assert naming.parameter_name("_headers") == "headers"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("-created_at", "MINUS_CREATED_AT"), ("created_at", "CREATED_AT"), ("", "EMPTY"), ("+", "PLUS"),
     (1, "NUMBER_1"), (-2, "NUMBER_MINUS_2"), (1.5, "NUMBER_1_DOT_5"), (True, "TRUE"), ("value", "VALUE"),
     ("name", "NAME")],
)
def test_enum_member_names(value: object, expected: str) -> None:
    assert naming.enum_member_name(value) == expected


def test_module_names_are_safe_files() -> None:
    assert naming.module_name("CON") == "con_"
    assert naming.module_name("Models") == "models_"
    assert naming.module_name("ApiClient") == "api_client_"
    assert naming.module_name("Orders", suffix="_api") == "orders_api"
    long = naming.module_name("X" * 300 + "Tail", suffix="_api")
    assert len(long) <= naming.MAX_IDENTIFIER and long.endswith("_api")


def test_package_name() -> None:
    assert naming.package_name("my-sdk") == "my_sdk"
    assert naming.package_name("voucherify") == "voucherify"
    assert naming.package_name("class") == "class_"
    # a lower-case identifier is kept as given: not split at its digits
    assert [naming.package_name(n) for n in ("b2sdk", "r2b", "api_v2", "s3")] == ["b2sdk", "r2b", "api_v2", "s3"]
    assert naming.package_name("MySdk") == "my_sdk"


def test_scope_makes_colliding_names_distinct_and_folds_case() -> None:
    scope = naming.Scope(fold_case=True)
    assert [scope.claim(n) for n in ("order", "Order", "ORDER")] == ["order", "Order_2", "ORDER_3"]
    plain = naming.Scope()
    assert [plain.claim(n) for n in ("A", "A", "a")] == ["A", "A_2", "a"]


def test_field_names_never_take_another_propertys_wire_name() -> None:
    assert naming.field_names(["IDs", "ids"]) == ["ids_2", "ids"]
    assert naming.field_names(["createdAt", "created_at", "created_at_2"]) == ["created_at_3", "created_at",
                                                                              "created_at_2"]
    assert naming.field_names(["schema", "schema_"]) == ["schema__2", "schema_"]
    assert naming.field_names(["a-b", "a_b", "A B"]) == ["a_b_2", "a_b", "a_b_3"]
    # without collisions, every name is its own
    assert naming.field_names(["orderId", "class", "x"]) == ["order_id", "class_", "x"]


def test_claim_method_keeps_the_http_info_twin_free() -> None:
    scope = naming.Scope(naming.RESERVED_METHOD_NAMES)
    assert naming.claim_method(scope, "getOrder") == "get_order"
    assert naming.claim_method(scope, "get_order") == "get_order_2"
    assert naming.claim_method(scope, "getOrderWithHttpInfo") == "get_order_with_http_info_2"
    assert "get_order_2_with_http_info" in scope


def test_long_names_are_capped_with_a_hash_and_stay_distinct() -> None:
    a, b = naming.class_name("A" * 300 + "x"), naming.class_name("A" * 300 + "y")
    assert a != b and len(a) <= naming.MAX_IDENTIFIER and len(b) <= naming.MAX_IDENTIFIER


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_every_name_is_a_safe_identifier(text: str) -> None:
    for made in (naming.class_name(text), naming.field_name(text), naming.parameter_name(text),
                 naming.method_name(text), naming.enum_member_name(text), naming.module_name(text)):
        assert made.isidentifier() and made.isascii(), made
        assert not keyword.iskeyword(made) and not made.startswith("_")
        assert len(made) <= naming.MAX_IDENTIFIER
    assert not naming.is_windows_device(naming.module_name(text))


def test_plural_acronyms_stay_one_word() -> None:
    assert [naming.field_name(n) for n in ("IDs", "userIDs", "URLs", "getURLsForX")] == [
        "ids", "user_ids", "urls", "get_urls_for_x"]
    assert naming.field_name("HTTPServer") == "http_server"  # an acronym before a word is still its own


def test_api_class_names_do_not_repeat_api() -> None:
    assert naming.api_class_name("Audit Log API") == "AuditLogApi"
    assert naming.api_class_name("orders") == "OrdersApi"
    assert naming.api_class_name("api") == "ApiApi"  # nothing else to call it


def test_method_names_are_capped_generously() -> None:
    op_id = "patch_merchants_merchant_id_split_configurations_split_configuration_id_rules_rule_id"
    assert naming.method_name(op_id) == op_id  # 87 characters: kept whole
    long = naming.method_name("x" * 500)
    assert len(long + naming.HTTP_INFO_SUFFIX) <= naming.MAX_METHOD


def test_a_package_never_shadows_a_module_python_or_the_client_needs() -> None:
    assert [naming.package_name(n) for n in ("email", "json", "httpx", "pydantic", "mail")] == [
        "email_sdk", "json_sdk", "httpx_sdk", "pydantic_sdk", "mail"]


@pytest.mark.parametrize("order", [["Audit log", "Audit log API"], ["Audit log API", "Audit log"]])
def test_tags_that_differ_by_a_trailing_api_keep_distinct_class_names(order: list[str]) -> None:
    from types import SimpleNamespace

    from generator.targets.python.names import assign_names

    api = SimpleNamespace(schemas=(), tags=tuple(SimpleNamespace(name=t) for t in order), webhooks=(),
                          operations=tuple(SimpleNamespace(tags=(t,)) for t in order))
    names = {t.tag: t.class_name for t in assign_names(api, "pkg").tags}  # type: ignore[arg-type]
    assert names == {"Audit log": "AuditLogApi", "Audit log API": "AuditLogApiApi"}


def test_latin_letters_without_a_decomposition_are_transliterated() -> None:
    # no hash of the original where an ASCII spelling is usual
    assert [naming.field_name(n) for n in ("größe", "Straße", "smørrebrød", "Łódź", "Æther", "café")] == [
        "grosse", "strasse", "smorrebrod", "lodz", "aether", "cafe"]
    assert naming.class_name("größe") == "Grosse"
    assert naming.field_name("日本").startswith("u")  # no ASCII spelling: a hash keeps names distinct
