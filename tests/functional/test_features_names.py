"""Feature specs about names and limits, generated and imported.

One class per spec in tests/specs/: naming_collisions, long_names,
unsupported_features.
"""

from __future__ import annotations

import importlib
import inspect
import keyword
import re
from pathlib import Path

import pytest
from test_features_support import Feature, Recorder, Reply, assert_complete, generate_feature, wire

from generator import cli
from generator.diagnostics import InputError, Level
from generator.options import MANIFEST_NAME

_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def feature_fixture(name: str):  # type: ignore[no-untyped-def]
    """A class-scoped fixture that generates and imports feature spec `name`."""

    @pytest.fixture(scope="class")
    def fixture(self: object, tmp_path_factory: pytest.TempPathFactory) -> Feature:
        return generate_feature(name, tmp_path_factory)

    return fixture


def import_every_module(feature: Feature) -> list[str]:
    names = []
    for path in sorted(feature.root.rglob("*.py")):
        parts = [feature.package.__name__, *path.relative_to(feature.root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        importlib.import_module(".".join(parts))
        names.append(".".join(parts))
    return names


def assert_safe_file_names(feature: Feature) -> None:
    for path in feature.files():
        rel = path.relative_to(feature.out)
        if rel.as_posix() == MANIFEST_NAME:  # the tool's own file, not named from the spec
            continue
        assert len(rel.as_posix()) < 200, rel
        for part in rel.parts:
            assert part.isascii() and re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", part), rel
            assert part.split(".")[0].lower() not in _WINDOWS_DEVICES, rel
        if path.suffix == ".py":
            assert path.stem.isidentifier() and not keyword.iskeyword(path.stem), rel


def call_every_method(feature: Feature, server: Recorder) -> list[tuple[str, str, str]]:
    """Call every public method of every sync API class with placeholder arguments.

    Returns (class.method, HTTP method, raw path) for each request the server saw.
    """
    client = feature.client(server.url)
    calls = []
    for class_name, cls in sorted(feature.api_classes().items()):
        api = cls(client)
        for name, function in sorted(vars(cls).items()):
            if name.startswith("_") or name.endswith("_with_http_info") or not callable(function):
                continue
            signature = inspect.signature(function)
            args = ["x1" for p in list(signature.parameters.values())[1:]
                    if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty]
            before = len(server.requests)
            getattr(api, name)(*args)
            assert len(server.requests) == before + 1, f"{class_name}.{name} sent no request"
            calls.append((f"{class_name}.{name}", server.last.method, server.last.path))
    return calls


class TestNamingCollisions:
    feature = feature_fixture("naming_collisions")

    def test_everything_is_generated_and_every_module_imports(self, feature: Feature) -> None:
        assert_complete(feature)
        assert len(import_every_module(feature)) > 20

    def test_file_names_are_safe(self, feature: Feature) -> None:
        assert_safe_file_names(feature)

    def test_every_operation_has_its_own_method(self, feature: Feature) -> None:
        with Recorder() as server:
            calls = call_every_method(feature, server)
        sent = sorted((method, path) for _, method, path in calls)
        expected = sorted((op.method.upper(), op.path.replace("{id}", "x1").replace("{thing}", "x1"))
                          for op in feature.api.operations)
        assert sent == expected
        assert len({name for name, _, _ in calls}) == len(calls) == 12

    def test_colliding_tags_get_distinct_api_classes(self, feature: Feature) -> None:
        classes = feature.api_classes()
        assert len(classes) == len(feature.api.tags) == 8  # Orders, orders, order-items, order_items, ...
        assert all(name.isidentifier() and name.isascii() for name in classes)
        by_tag = {}
        for name, cls in classes.items():
            for tag in {op.tags[0] for op in feature.api.operations}:
                if f"'{tag}'" in (cls.__doc__ or ""):
                    by_tag[tag] = name
        assert len(set(by_tag.values())) == len(by_tag)

    def test_colliding_schema_names_are_distinct_classes(self, feature: Feature) -> None:
        ops = feature.operations()
        upper = ops[("GET", "/orders")].responses["200"]["application/json"]
        lower = ops[("GET", "/orders/{id}")].responses["200"]["application/json"]
        assert upper is not lower and upper.__name__ != lower.__name__
        assert wire(upper.from_dict({"id": "o1"})) == {"id": "o1"}
        assert wire(lower.from_dict({"number": 7})) == {"number": 7}
        assert set(upper.model_fields) == {"id"} and set(lower.model_fields) == {"number"}
        models = feature.models
        assert len({getattr(models, n) for n in models.__all__}) == len(feature.api.schemas)
        assert len({n.lower() for n in models.__all__}) == len(models.__all__)  # distinct even folding case

    def test_non_ascii_names(self, feature: Feature) -> None:
        model = feature.operations()[("GET", "/chuumon")].responses["200"]["application/json"]
        assert model.__name__.isascii() and model.__name__.isidentifier()
        assert all(name.isascii() and name.isidentifier() for name in model.model_fields)
        payload = {"品目": "お茶", "price": 300}
        assert wire(model.from_dict(payload)) == payload

    def test_keyword_and_builtin_names(self, feature: Feature) -> None:
        m = feature.models
        model = feature.operations()[("GET", "/class")].responses["200"]["application/json"]
        payload = {"def": "d", "import": "i", "self": "s", "list": "l"}
        assert wire(model.from_dict(payload)) == payload
        assert all(not keyword.iskeyword(name) for name in model.model_fields)
        assert "str" not in m.__all__ and "Optional" not in m.__all__  # they would shadow builtins and typing

        with Recorder() as server:
            server.replies["/class"] = Reply.json(payload)
            api = next(cls for cls in feature.api_classes().values() if "'default'" in (cls.__doc__ or ""))
            method = next(getattr(api(feature.client(server.url)), n) for n in vars(api)
                          if not n.startswith("_") and "class" in n and not n.endswith("_with_http_info"))
            names = [p for p in inspect.signature(method).parameters if not p.startswith("_")]
            assert len(names) == 3 and not any(keyword.iskeyword(n) or n == "self" for n in names)
            result = method(**{n: f"v{i}" for i, n in enumerate(names)})
            assert wire(result) == payload
            assert server.last.query == [("from", "v0"), ("self", "v1")]
            assert server.last.headers["async"] == "v2"


LONG_PAYLOAD = {
    "redeemablesApplicableToTheCustomerAndOrderContext": {
        "applicableToProductsCollectionsAndSkusInTheOrder": {
            "inapplicableToProductsCollectionsAndSkusInTheOrder": {
                "stackingRulesApplicationModeAndExclusiveCategories": {
                    "orderItemsDiscountedByTheRedeemablesInTheStack": {
                        "variantOne": {"id": "a"}, "variantTwo": {"id": 2}}}}}},
    "status": "APPLICABLE",
}


class TestLongNames:
    feature = feature_fixture("long_names")

    def test_everything_is_generated_and_every_module_imports(self, feature: Feature) -> None:
        assert_complete(feature)
        import_every_module(feature)

    def test_every_path_is_short_and_safe(self, feature: Feature) -> None:
        assert_safe_file_names(feature)
        assert max(len(p.relative_to(feature.out).as_posix()) for p in feature.files()) < 200
        longest_schema = max(len(s.name) for s in feature.api.schemas)
        assert longest_schema > 300  # the IR keeps the full names; only the files are capped

    def test_names_sharing_a_long_prefix_stay_distinct(self, feature: Feature) -> None:
        models = feature.models
        classes = {getattr(models, n) for n in models.__all__}
        assert len(classes) == len(feature.api.schemas)
        modules = [p.stem for p in (feature.root / "models").glob("*.py") if p.stem != "__init__"]
        assert len(modules) == len(set(modules)) == len(feature.api.schemas)

    def test_deep_payloads_round_trip_over_http(self, feature: Feature) -> None:
        api_cls = next(iter(feature.api_classes().values()))
        request = {"qualificationRequestParametersContainer": {"customerSegmentEligibilityRulesConfiguration": {
            "loyaltyProgramTierThresholdsDefinition": {"earningRulesAndRewardAssignmentsSettings": {
                "validationRulesAssignmentsConditionsList": [{"value": "v"}]}}}}}
        with Recorder() as server:
            server.replies["/campaigns/c/vouchers/v/redemptions/r/rollbacks/qualifications"] = Reply.json(LONG_PAYLOAD)
            method = next(getattr(api_cls(feature.client(server.url)), n) for n in vars(api_cls)
                          if not n.startswith("_") and not n.endswith("_with_http_info"))
            body = [p.name for p in inspect.signature(method).parameters.values()
                    if p.kind is p.KEYWORD_ONLY and not p.name.startswith("_")]
            assert len(body) == 1  # the optional body; the three path parameters are positional
            result = method("c", "v", "r", **{body[0]: request})
            assert wire(result) == LONG_PAYLOAD
            import json

            assert json.loads(server.last.body) == request
        leaf = result
        for _ in range(5):
            leaf = next(v for k, v in vars(leaf).items() if v is not None and k != "status")
        assert {type(leaf.variant_one).__name__, type(leaf.variant_two).__name__} <= set(feature.models.__all__)


class TestUnsupportedFeatures:
    feature = feature_fixture("unsupported_features")

    EXPECTED = {
        "/paths/~1jobs/post/callbacks": "callbacks are not supported",
        "/components/schemas/Job/properties/range": "tuple arrays",
        "/components/schemas/Job/properties/forbidden": "schema 'false'",
        "/components/schemas/Job/properties/target/oneOf": "oneOf beside properties",
        "/components/securitySchemes/Mutual/type": "'mutualTLS' is not supported",
    }

    def test_each_unsupported_thing_is_a_located_warning(self, feature: Feature) -> None:
        warnings = [d for d in feature.diagnostics if d.level is Level.WARNING]
        assert {d.pointer for d in warnings} == set(self.EXPECTED)
        for d in warnings:
            assert self.EXPECTED[d.pointer] in d.message
            assert d.location is not None and d.location.line
            assert Path(d.location.file).name == "unsupported_features.yaml"

    def test_the_rest_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)
        job = feature.models.Job.from_dict({"id": "j", "range": [1, 5], "forbidden": {"x": 1},
                                            "target": {"kind": "http", "url": "https://x"}})
        assert wire(job) == {"id": "j", "range": [1, 5], "forbidden": {"x": 1},
                             "target": {"kind": "http", "url": "https://x"}}
        assert job.target.url == "https://x"

    def test_the_cli_reports_warnings_and_the_summary(self, feature: Feature, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
        assert cli.main(["generate", str(feature.spec), "-o", str(tmp_path), "--package-name", "feat_cli"]) == 0
        captured = capsys.readouterr()
        assert "2/2 operations" in captured.out and "5 warnings" in captured.out
        err = captured.err
        for pointer in self.EXPECTED:
            assert f": {pointer}: warning: " in err

    def test_strict_mode_refuses(self, feature: Feature, tmp_path: Path) -> None:
        import generator

        with pytest.raises(InputError) as raised:
            generator.generate(feature.spec, tmp_path / "out", package_name="feat_strict", strict=True)
        assert len(raised.value.diagnostics) == 5
        assert not (tmp_path / "out").exists()
