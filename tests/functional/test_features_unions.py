"""Feature specs about oneOf/anyOf, generated and imported: the right variant is picked.

One class per spec in tests/specs/: unions_discriminator, unions_primitives.
"""

from __future__ import annotations

import json

import pytest
from test_features_support import (
    Feature,
    Recorder,
    Reply,
    assert_complete,
    generate_feature,
    rejects_but_keeps,
    wire,
)


def feature_fixture(name: str):  # type: ignore[no-untyped-def]
    """A class-scoped fixture that generates and imports feature spec `name`."""

    @pytest.fixture(scope="class")
    def fixture(self: object, tmp_path_factory: pytest.TempPathFactory) -> Feature:
        return generate_feature(name, tmp_path_factory)

    return fixture


def payment(**extra: object) -> dict:
    return {"id": "pay_1", "method": {"type": "card", "last4": "4242"}, **extra}


class TestUnionsWithDiscriminator:
    feature = feature_fixture("unions_discriminator")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    @pytest.mark.parametrize("method, cls", [
        ({"type": "card", "last4": "4242", "expiry": "12/30"}, "Card"),
        ({"type": "bank_transfer", "iban": "DE89"}, "BankTransfer"),
        ({"type": "wallet", "provider": "paypal"}, "Wallet"),
    ])
    def test_explicit_mapping_picks_the_class(self, feature: Feature, method: dict, cls: str) -> None:
        m = feature.models
        parsed = m.Payment.from_dict(payment(method=method))
        assert type(parsed.method) is getattr(m, cls)
        assert wire(parsed)["method"] == method
        assert type(m.PaymentMethod.from_dict(method).root) is getattr(m, cls)

    def test_the_discriminator_decides_not_the_shape(self, feature: Feature) -> None:
        # a card payload carrying a wallet's fields is still a card (and keeps the extra field)
        m = feature.models
        parsed = m.Payment.from_dict(payment(method={"type": "card", "last4": "1", "provider": "x"}))
        assert type(parsed.method) is m.Card and wire(parsed)["method"]["provider"] == "x"
        rejects_but_keeps(m.Payment, payment(method={"type": "wallet", "last4": "1"}))  # a wallet needs a provider

    def test_implicit_mapping_by_schema_name(self, feature: Feature) -> None:
        m = feature.models
        parsed = m.Payment.from_dict(payment(adjustments=[{"kind": "Refund", "amount": 5},
                                                          {"kind": "Chargeback", "reason": "fraud"}]))
        assert [type(a) for a in parsed.adjustments] == [m.Refund, m.Chargeback]
        assert wire(parsed)["adjustments"] == [{"kind": "Refund", "amount": 5},
                                               {"kind": "Chargeback", "reason": "fraud"}]

    def test_any_of_with_a_discriminator(self, feature: Feature) -> None:
        m = feature.models
        parsed = m.Payment.from_dict(payment(fees=[{"fee_type": "percent", "percent": 2},
                                                   {"fee_type": "fixed", "amount": 30}]))
        assert [type(f) for f in parsed.fees] == [m.PercentFee, m.FixedFee]
        assert parsed.fees[0].percent == 2 and wire(parsed)["fees"][0] == {"fee_type": "percent", "percent": 2}

    def test_one_of_without_a_discriminator_matches_by_shape(self, feature: Feature) -> None:
        m = feature.models
        assert type(m.Payment.from_dict(payment(contact={"email": "a@b.c"})).contact) is m.EmailContact
        assert type(m.Payment.from_dict(payment(contact={"phone": "+1"})).contact) is m.PhoneContact
        assert type(m.Contact.from_dict({"phone": "+1"}).root) is m.PhoneContact

    @pytest.mark.parametrize("value, cls", [({"size": 3}, "Volume"), ({"role": "master"}, "Domain"),
                                            ({"size": 3, "added_later": True}, "Volume")])
    def test_models_that_take_any_object_are_told_by_the_keys_they_declare(self, feature: Feature,
                                                                          value: dict, cls: str) -> None:
        # every model keeps unknown keys, so each takes any object: the one declaring the keys wins
        m = feature.models
        parsed = m.Resource.from_dict(value)
        assert type(parsed.root) is getattr(m, cls) and wire(parsed) == value
        assert type(m.Resource.model_validate(value).root) is getattr(m, cls)

    @pytest.mark.parametrize("value, cls", [({"type": "volume", "data": {"size": 3}}, "Volume"),
                                            ({"data": {"role": "slave"}}, "Domain"),
                                            ({"data": {"type": "Volume", "size": 1}}, "Volume"),
                                            ({"data": {"type": "master", "role": "master"}}, "Domain")])
    def test_a_tag_the_variants_do_not_carry_falls_back_to_their_keys(self, feature: Feature,
                                                                      value: dict, cls: str) -> None:
        m = feature.models
        parsed = m.Attachment.from_dict(value)
        assert type(parsed.data) is getattr(m, cls) and wire(parsed) == value
        assert type(m.Attachment(data=getattr(m, cls)()).data) is getattr(m, cls)  # an instance is its class

    @pytest.mark.parametrize("field, value", [
        ("method", {"type": "crypto", "last4": "1", "provider": "x"}),  # every variant declares `type`
        ("soundtrack", {"type": "audiobook", "title": "T"}),  # each variant's enum lists its own value only
    ])
    def test_a_tag_no_variant_may_carry_is_kept_as_it_came(self, feature: Feature, field: str, value: dict) -> None:
        # a variant the client does not know yet is not forced into one it knows
        parsed = feature.models.Payment.from_dict(payment(**{field: value}))
        assert getattr(parsed, field) == value and wire(parsed)[field] == value

    def test_a_one_value_tag_in_every_variant_acts_as_the_discriminator(self, feature: Feature) -> None:
        # the variants have the same shape and enums accept values they do not list: only the tag tells
        m = feature.models
        parsed = m.Payment.from_dict(payment(receipts=[{"channel": "postal", "to": "Main St 1"},
                                                       {"channel": "email", "to": "a@b.c"}]))
        assert [type(r) for r in parsed.receipts] == [m.PostalReceipt, m.EmailReceipt]
        assert wire(parsed)["receipts"][0] == {"channel": "postal", "to": "Main St 1"}

    def test_variants_are_told_by_the_one_tag_value_they_allow(self, feature: Feature) -> None:
        # a discriminator without a mapping would tag them Track and Episode, which they cannot carry
        m = feature.models
        parsed = m.Payment.from_dict(payment(soundtrack={"type": "episode", "title": "Pilot"}))
        assert type(parsed.soundtrack) is m.Episode and wire(parsed)["soundtrack"] == {"type": "episode",
                                                                                        "title": "Pilot"}
        assert type(m.Payment.from_dict(payment(soundtrack={"type": "track"})).soundtrack) is m.Track
        built = m.Payment.from_dict(payment())
        built.soundtrack = m.Track(type="track", title="Intro")
        assert type(m.Payment.from_dict(wire(built)).soundtrack) is m.Track

    def test_inline_discriminated_property(self, feature: Feature) -> None:
        m = feature.models
        parsed = m.Payment.from_dict(payment(payer={"payer_type": "company", "vat_id": "GB1"}))
        assert type(parsed.payer) is m.Company and parsed.payer.vat_id == "GB1"

    def test_union_request_body_and_response_over_http(self, feature: Feature) -> None:
        m = feature.models
        with Recorder() as server:
            server.replies["/payments"] = Reply.json(payment(method={"type": "bank_transfer", "iban": "X"}))
            api = feature.package.PaymentsApi(feature.client(server.url))
            result = api.create_payment(m.Wallet(type="wallet", provider="apple"))
            assert json.loads(server.last.body) == {"type": "wallet", "provider": "apple"}
            assert type(result.method) is m.BankTransfer
            api.create_payment({"type": "card", "last4": "0000"})
            assert json.loads(server.last.body) == {"type": "card", "last4": "0000"}


class TestUnionsOfPrimitives:
    feature = feature_fixture("unions_primitives")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    @pytest.mark.parametrize("value", [3, 2.5, "3", "text", 0, -7])
    def test_number_or_string_keeps_numbers_numbers_and_strings_strings(self, feature: Feature,
                                                                        value: object) -> None:
        kind = str if isinstance(value, str) else (int, float)
        flag = feature.models.Flag.from_dict({"key": "k", "value": value})
        assert flag.value == value and isinstance(flag.value, kind) and not isinstance(flag.value, bool)
        out = wire(flag)["value"]
        assert out == value and isinstance(out, kind)
        assert feature.models.NumberOrString.from_dict(value).to_dict() == value

    @pytest.mark.parametrize("value", [5, True, False, 0])
    def test_integer_or_boolean_keeps_booleans_booleans(self, feature: Feature, value: object) -> None:
        out = wire(feature.models.Flag.from_dict({"key": "k", "value": 1, "threshold": value}))["threshold"]
        assert out == value and type(out) is type(value)

    def test_string_or_list_of_strings(self, feature: Feature) -> None:
        m = feature.models
        assert m.Flag.from_dict({"key": "k", "value": 1, "targets": "all"}).targets == "all"
        assert m.Flag.from_dict({"key": "k", "value": 1, "targets": ["a", "b"]}).targets == ["a", "b"]
        assert m.StringOrList.from_dict(["x"]).to_dict() == ["x"]

    def test_nullable_union(self, feature: Feature) -> None:
        m = feature.models
        assert wire(m.Flag.from_dict({"key": "k", "value": 1, "weight": None})) == {"key": "k", "value": 1,
                                                                                      "weight": None}
        assert m.Flag.from_dict({"key": "k", "value": 1, "weight": 4}).weight == 4

    def test_primitive_or_model(self, feature: Feature) -> None:
        m = feature.models
        assert m.Flag.from_dict({"key": "k", "value": 1, "rule": "beta"}).rule == "beta"
        rule = m.Flag.from_dict({"key": "k", "value": 1, "rule": {"attribute": "country", "equals": "FR"}}).rule
        assert isinstance(rule, m.Rule) and rule.equals == "FR"

    def test_array_of_unions(self, feature: Feature) -> None:
        flag = feature.models.Flag.from_dict({"key": "k", "value": 1, "history": [1, "two", 3]})
        assert flag.history == [1, "two", 3] and wire(flag)["history"] == [1, "two", 3]
