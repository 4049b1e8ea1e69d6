"""Feature specs about schemas, generated and imported: payloads parse and serialise.

One class per spec in tests/specs/: oas31_types, oas30_nullable,
composition_allof, enums, maps_and_freeform, recursion.
"""

from __future__ import annotations

import datetime as dt
import enum
import json

import pytest
from test_features_support import recorder, server  # noqa: F401 - fixtures
from test_features_support import (Feature, Recorder, Reply, assert_complete, generate_feature, rejects_but_keeps,
                                   wire)


def feature_fixture(name: str):  # type: ignore[no-untyped-def]
    """A class-scoped fixture that generates and imports feature spec `name`."""

    @pytest.fixture(scope="class")
    def fixture(self: object, tmp_path_factory: pytest.TempPathFactory) -> Feature:
        return generate_feature(name, tmp_path_factory)

    return fixture


class TestOas31Types:
    feature = feature_fixture("oas31_types")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)
        assert not [d for d in feature.diagnostics if d.level.label != "info"]

    def test_type_arrays_with_null_and_null_type(self, feature: Feature) -> None:
        reading = feature.models.Reading.from_dict(
            {"id": "r", "kind": "reading", "value": 1.5, "unit": None, "note": "n", "nothing": None})
        assert reading.unit is None and reading.note == "n" and reading.nothing is None
        assert wire(reading) == {"id": "r", "kind": "reading", "value": 1.5, "unit": None, "note": "n",
                                 "nothing": None}
        rejects_but_keeps(feature.models.Reading, {"id": "r", "kind": "reading", "value": 1, "nothing": "x"})

    def test_const_is_enforced(self, feature: Feature) -> None:
        rejects_but_keeps(feature.models.Reading, {"id": "r", "kind": "other", "value": 1})

    def test_number_accepts_an_int_and_keeps_it_equal(self, feature: Feature) -> None:
        reading = feature.models.Reading.from_dict({"id": "r", "kind": "reading", "value": 20})
        assert reading.value == 20
        assert wire(reading)["value"] == 20

    def test_multi_type_array_keeps_each_type(self, feature: Feature) -> None:
        m = feature.models.Reading
        assert m.from_dict({"id": "r", "kind": "reading", "value": 1, "label": 7}).label == 7
        assert m.from_dict({"id": "r", "kind": "reading", "value": 1, "label": "7"}).label == "7"

    def test_ref_with_siblings_and_nested_nullable_object(self, feature: Feature) -> None:
        m = feature.models
        reading = m.Reading.from_dict({
            "id": "r2", "kind": "reading", "value": 2,
            "previous": {"id": "r1", "kind": "reading", "value": 1, "quality": 3},
            "location": None, "recordedAt": "2024-03-01T10:00:00+01:00",
        })
        assert isinstance(reading.previous, m.Reading) and reading.previous.quality == 3
        assert reading.recorded_at == dt.datetime(2024, 3, 1, 9, tzinfo=dt.timezone.utc)
        assert reading.location is None
        assert m.Reading.__doc__ == "One measurement of a sensor."
        located = m.Reading.from_dict({"id": "r", "kind": "reading", "value": 1, "location": {"lat": 1, "lon": 2}})
        assert isinstance(located.location, m.ReadingLocation)

    def test_response_example_round_trips(self, feature: Feature) -> None:
        op = next(o for o in feature.api.operations if o.operation_id == "getReading")
        example = op.responses[0].contents[0].examples[0]
        from generator.ir.model import from_json_value

        payload = from_json_value(example.value)
        reading = feature.models.Reading.from_dict(payload)
        back = wire(reading)
        assert dt.datetime.fromisoformat(back.pop("recordedAt")) == dt.datetime.fromisoformat(
            payload.pop("recordedAt"))
        assert back == payload

    def test_named_nullable_and_null_aliases(self, feature: Feature) -> None:
        m = feature.models
        assert m.MaybeLabel.from_dict(None).to_dict() is None
        assert m.MaybeLabel.from_dict("x").to_dict() == "x"
        assert m.Nothing.from_dict(None).to_dict() is None


class TestOas30Nullable:
    feature = feature_fixture("oas30_nullable")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    def test_nullable_fields_accept_null_and_round_trip(self, feature: Feature) -> None:
        payload = {"id": "c", "name": "Ada", "email": None, "phone": None, "age": None, "tags": None,
                   "address": None, "tier": None, "manager": None}
        customer = feature.models.Customer.from_dict(payload)
        assert wire(customer) == payload

    def test_required_nullable_must_be_present_but_may_be_null(self, feature: Feature) -> None:
        rejects_but_keeps(feature.models.Customer, {"id": "c", "name": "Ada"})  # email is required
        assert feature.models.Customer.from_dict({"id": "c", "name": "Ada", "email": None}).email is None

    def test_non_nullable_fields_reject_null(self, feature: Feature) -> None:
        rejects_but_keeps(feature.models.Customer, {"id": "c", "name": None, "email": None})

    def test_values_parse_into_their_types(self, feature: Feature) -> None:
        m = feature.models
        customer = m.Customer.from_dict({"id": "c", "name": "Ada", "email": "a@b.c", "tier": "gold",
                                         "address": {"city": "Paris"}, "manager": {"name": "Bob"}})
        assert isinstance(customer.address, m.Address) and customer.address.city == "Paris"
        assert customer.tier == "gold" and isinstance(customer.tier, enum.Enum)
        assert isinstance(customer.manager, m.Manager)

    def test_media_type_example_round_trips(self, feature: Feature) -> None:
        from generator.ir.model import from_json_value

        example = feature.api.operations[0].responses[0].contents[0].examples[0]
        payload = from_json_value(example.value)
        assert wire(feature.models.Customer.from_dict(payload)) == payload


class TestCompositionAllOf:
    feature = feature_fixture("composition_allof")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    def test_several_parents_are_merged(self, feature: Feature) -> None:
        m = feature.models
        product = m.Product.from_dict({"id": "prod_1", "name": "Mug", "created_at": "2024-01-01T00:00:00Z",
                                       "price": 500})
        assert (product.id, product.name, product.price) == ("prod_1", "Mug", 500)
        assert product.created_at == dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
        assert set(m.Product.model_fields) >= {"id", "name", "created_at", "updated_at", "price"}

    def test_required_lists_are_united(self, feature: Feature) -> None:
        m = feature.models
        rejects_but_keeps(m.Product, {"name": "Mug"})  # id from Identified
        rejects_but_keeps(m.Product, {"id": "prod_1"})  # name from the inline member

    def test_repeated_property_takes_the_narrower_constraints(self, feature: Feature) -> None:
        product = next(s for s in feature.api.schemas if s.name == "Product")
        id_prop = next(p for p in product.properties if p.name == "id")
        assert (id_prop.type.constraints.max_length, id_prop.type.constraints.pattern) == (32, "^prod_")
        identified = next(s for s in feature.api.schemas if s.name == "Identified")
        assert identified.properties[0].type.constraints.max_length == 64

    def test_inheritance_chain_and_inline_member(self, feature: Feature) -> None:
        m = feature.models
        digital = m.DigitalProduct.from_dict({"id": "prod_2", "name": "E-book", "download_url": "https://x/y",
                                              "size_bytes": 2**40})
        assert digital.size_bytes == 2**40
        rejects_but_keeps(m.DigitalProduct, {"id": "prod_2", "name": "E-book"})  # download_url required
        assert wire(digital) == {"id": "prod_2", "name": "E-book", "download_url": "https://x/y",
                                 "size_bytes": 2**40}

    def test_inline_allof_request_body_is_a_model(self, feature: Feature) -> None:
        m = feature.models
        bundle = m.CreateBundleRequestBody.from_dict({"id": "prod_3", "name": "Set", "items": [{"id": "a"}]})
        assert isinstance(bundle.items[0], m.Identified)

    def test_allof_of_primitives_is_an_alias(self, feature: Feature) -> None:
        assert feature.models.ShortCode.from_dict("abcd").to_dict() == "abcd"


class TestEnums:
    feature = feature_fixture("enums")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    def test_string_enum_members_and_unknown_values(self, feature: Feature) -> None:
        status = feature.models.ShipmentStatus
        assert status("delivered") is status.DELIVERED
        lost = status("lost_in_space")
        assert lost.value == "lost_in_space"
        shipment = feature.models.Shipment.from_dict({"id": "s", "status": "lost_in_space"})
        assert wire(shipment) == {"id": "s", "status": "lost_in_space"}

    def test_integer_enum_with_varnames_and_unknown_value(self, feature: Feature) -> None:
        priority = feature.models.Priority
        assert priority.LOW.value == 1 and priority.HIGH.value == 3
        shipment = feature.models.Shipment.from_dict({"id": "s", "status": "pending", "priority": 9})
        assert shipment.priority.value == 9 and wire(shipment)["priority"] == 9

    def test_number_enum_accepts_ints(self, feature: Feature) -> None:
        shipment = feature.models.Shipment.from_dict({"id": "s", "status": "pending", "ratio": 1})
        assert shipment.ratio.value == 1 and wire(shipment)["ratio"] == 1
        assert wire(feature.models.Shipment.from_dict({"id": "s", "status": "pending", "ratio": 1.5}))["ratio"] == 1.5

    @pytest.mark.parametrize("value", ["auto", 0, 1, True])
    def test_mixed_enum_keeps_each_value_and_type(self, feature: Feature, value: object) -> None:
        shipment = feature.models.Shipment.from_dict({"id": "s", "status": "pending", "mode": value})
        out = wire(shipment)["mode"]
        assert out == value and type(out) is type(value)

    def test_nullable_enums(self, feature: Feature) -> None:
        m = feature.models
        payload = {"id": "s", "status": "pending", "carrier": None, "backup_carrier": None, "gone": None}
        assert wire(m.Shipment.from_dict(payload)) == payload
        assert wire(m.Shipment.from_dict({"id": "s", "status": "pending", "backup_carrier": "ups"}))[
            "backup_carrier"] == "ups"

    def test_only_null_enum(self, feature: Feature) -> None:
        m = feature.models
        rejects_but_keeps(m.Shipment, {"id": "s", "status": "pending", "gone": "something"})

    def test_a_union_of_enums_takes_each_value_as_the_enum_listing_it(self, feature: Feature,
                                                                      server: Recorder) -> None:
        m = feature.models
        api = feature.package.ShipmentsApi(feature.client(server.url))
        server.replies["/parcels/size"] = Reply.json(["large", "a5", "xl"])
        sizes = api.set_parcel_size(parcel_size=m.BoxSize.SMALL, fallback=m.LetterSize.A4)
        assert sizes[:2] == [m.BoxSize.LARGE, m.LetterSize.A5]
        assert isinstance(sizes[2], m.LetterSize) and sizes[2].value == "xl"  # unknown: kept, by the first
        assert server.last.query == [("fallback", "a4")] and json.loads(server.last.body) == "small"
        assert m.ParcelSize.from_dict("large").root is m.BoxSize.LARGE
        api.set_parcel_size(parcel_size="large")  # a plain value is checked against both
        assert json.loads(server.last.body) == "large"

    def test_values_differing_only_in_case_are_distinct(self, feature: Feature) -> None:
        case = feature.models.CaseSensitive
        values = [member.value for member in case]
        assert values == ["a", "A", "ab", "Ab", "AB"]
        assert len({member.name for member in case}) == 5
        for value in values:
            assert case(value).value == value

    def test_values_that_are_not_identifiers(self, feature: Feature) -> None:
        symbols = feature.models.Symbols
        assert [member.value for member in symbols] == ["", "+", "-", "1st", "class", "with space", "ünïcode"]
        assert all(member.name.isidentifier() for member in symbols)

    def test_inline_enums_are_hoisted_and_named(self, feature: Feature) -> None:
        m = feature.models
        shipment = m.Shipment.from_dict({"id": "s", "status": "pending", "packaging": "box",
                                         "flags": ["fragile", "radioactive"], "insured": True})
        assert shipment.packaging is m.ShipmentPackaging.BOX
        assert [f.value for f in shipment.flags] == ["fragile", "radioactive"]
        assert wire(shipment)["insured"] is True
        assert list(m.ParameterSortListShipments) and m.ParameterSortListShipments("-created_at").value == "-created_at"


class TestMapsAndFreeForm:
    feature = feature_fixture("maps_and_freeform")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    def test_maps_free_form_and_arrays_of_arrays_round_trip(self, feature: Feature) -> None:
        payload = {
            "id": "rep_1",
            "metadata": {"a": 1, "b": {"c": [True, None, "x"]}},
            "counters": {"views": 10, "clicks": 2},
            "labels": {"team": "growth", "n": 3},
            "series_by_name": {"visits": {"name": "visits", "points": [[0, 1.5], [1, 2]]}},
            "tags_by_group": {"g1": ["a", "b"], "g2": []},
            "matrix": [[[1, 2], [3]], [[]]],
            "origin": {"x": 0, "y": 0},
            "dimensions": {"width": 10, "unit": "px"},
            "extra": {"anything": [1, {"deep": None}]},
            "settings": {"dark": {"enabled": True, "level": 2}},
        }
        m = feature.models
        report = m.Report.from_dict(payload)
        assert wire(report) == payload
        assert isinstance(report.series_by_name["visits"], m.Series)
        assert isinstance(report.settings["dark"], m.ReportSettingsValue)
        assert report.matrix[0][0] == [1, 2]

    def test_map_values_are_typed(self, feature: Feature) -> None:
        rejects_but_keeps(feature.models.Report, {"id": "r", "counters": {"views": "many"}})
        rejects_but_keeps(feature.models.Report,
                          {"id": "r", "series_by_name": {"v": {"points": []}}})  # name required

    def test_named_map_aliases(self, feature: Feature) -> None:
        m = feature.models
        assert m.Counters.from_dict({"a": 1}).to_dict() == {"a": 1}
        assert m.Metadata.from_dict({"x": {"y": [1]}}).to_dict() == {"x": {"y": [1]}}

    def test_extra_properties_beside_known_ones_survive(self, feature: Feature) -> None:
        dims = feature.models.Dimensions.from_dict({"width": 3, "unit": "px", "depth": "2"})
        assert dims.width == 3 and wire(dims) == {"width": 3, "unit": "px", "depth": "2"}


class TestRecursion:
    feature = feature_fixture("recursion")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    def test_recursive_tree_to_depth(self, feature: Feature) -> None:
        m = feature.models
        depth = 50
        payload: dict = {"name": "leaf"}
        for level in range(depth):
            payload = {"name": f"level{level}", "children": [payload]}
        tree = m.Department.from_dict(payload)
        node, seen = tree, 0
        while node.children:
            assert isinstance(node, m.Department)
            node, seen = node.children[0], seen + 1
        assert seen == depth and wire(tree) == payload

    def test_mutual_recursion(self, feature: Feature) -> None:
        m = feature.models
        payload = {"name": "R&D", "head": {"name": "Ada", "department": {"name": "R&D"},
                                           "manager": {"name": "Bob"},
                                           "reports_by_id": {"e2": {"name": "Cy", "manager": {"name": "Ada"}}}}}
        dept = m.Department.from_dict(payload)
        assert isinstance(dept.head, m.Employee) and isinstance(dept.head.department, m.Department)
        assert isinstance(dept.head.reports_by_id["e2"].manager, m.Employee)
        assert wire(dept) == payload

    def test_nullable_self_reference_through_allof(self, feature: Feature) -> None:
        m = feature.models
        payload = {"value": 1, "next": {"value": 2, "next": {"value": 3, "next": None}}}
        node = m.ListNode.from_dict(payload)
        assert node.next.next.value == 3 and node.next.next.next is None
        assert wire(node) == payload

    def test_recursion_through_a_discriminated_union(self, feature: Feature) -> None:
        m = feature.models
        payload = {"kind": "binary", "op": "+", "left": {"kind": "literal", "value": 1},
                   "right": {"kind": "binary", "op": "*", "left": {"kind": "literal", "value": 2},
                             "right": {"kind": "literal", "value": 3.5}}}
        expr = m.Expression.from_dict(payload)
        assert isinstance(expr.root, m.BinaryOp)
        assert isinstance(expr.root.right.left, m.Literal_)  # `Literal` is a typing name: avoided
        assert expr.to_dict() == payload

    def test_recursion_through_allof_inheritance(self, feature: Feature) -> None:
        m = feature.models
        payload = {"name": "Books", "parent": {"name": "Media"}, "subcategories": [{"name": "Novels"}]}
        category = m.Category.from_dict(payload)
        assert isinstance(category.parent, m.Category) and isinstance(category.subcategories[0], m.Category)
        assert wire(category) == payload

    def test_recursive_json_union(self, feature: Feature) -> None:
        value = {"a": [1, "x", {"b": None, "c": [True, 2.5]}]}
        assert feature.models.Json.from_dict(value).to_dict() == value
        assert feature.models.Json.from_dict(None).to_dict() is None
