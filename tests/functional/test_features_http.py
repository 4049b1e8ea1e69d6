"""Feature specs about the wire, generated, imported and driven over real HTTP (127.0.0.1).

One class per spec in tests/specs/: params_styles, bodies, auth_kinds,
webhooks_default_responses, multi_file_ops.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import inspect
import json

import pytest
from test_features_support import recorder, server  # noqa: F401 - fixtures
from test_features_support import Feature, Recorder, Reply, assert_complete, generate_feature, wire

from generator.ir.model import from_json_value


def feature_fixture(name: str):  # type: ignore[no-untyped-def]
    """A class-scoped fixture that generates and imports feature spec `name`."""

    @pytest.fixture(scope="class")
    def fixture(self: object, tmp_path_factory: pytest.TempPathFactory) -> Feature:
        return generate_feature(name, tmp_path_factory)

    return fixture



def multipart_fields(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """name -> (file name, bytes) of a multipart/form-data body."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    assert message.is_multipart()
    out = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        out[name] = (part.get_filename(), part.get_payload(decode=True))
    return out


class TestParamsStyles:
    feature = feature_fixture("params_styles")

    def api(self, feature: Feature, server: Recorder):  # type: ignore[no-untyped-def]
        return feature.package.SearchApi(feature.client(server.url))

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    def test_every_style_on_the_wire(self, feature: Feature, server: Recorder) -> None:
        server.replies["/stores/st/1/products"] = Reply.json(["p1"])
        result = self.api(feature, server).search_products(
            "st/1", x_request_id="rid-1", locale="en", tags=["a", "b c"], ids=[1, 2, 3],
            filter={"color": "red", "price": {"gte": 10, "lte": 20}}, page={"limit": 10, "offset": 20},
            fields=["id", "name"], exclude=["x", "y"], in_stock=False, x_trace=["t1", "t2"],
            session_id="s 1;2", prefs=["a", "b"],
        )
        assert result == ["p1"]
        req = server.last
        assert (req.method, req.path) == ("GET", "/stores/st%2F1/products")  # the path parameter is encoded
        assert req.query == [
            ("locale", "en"), ("tags", "a"), ("tags", "b c"), ("ids", "1,2,3"),
            ("filter[color]", "red"), ("filter[price][gte]", "10"), ("filter[price][lte]", "20"),
            ("limit", "10"), ("offset", "20"), ("fields", "id name"), ("exclude", "x|y"), ("in_stock", "false"),
        ]
        assert req.headers["x-request-id"] == "rid-1"
        assert req.headers["x-trace"] == "t1,t2"
        assert req.cookies == {"session_id": "s 1;2", "prefs": "a,b"}

    def test_models_as_object_parameters(self, feature: Feature, server: Recorder) -> None:
        m = feature.models
        server.replies["/stores/s/products"] = Reply.json([])
        self.api(feature, server).search_products(
            "s", filter=m.ParameterFilterSearchProducts(size="L", price={"lte": 5}),
            page=m.ParameterPageSearchProducts(limit=1))
        assert server.last.query == [("filter[size]", "L"), ("filter[price][lte]", "5"), ("limit", "1")]

    def test_unset_optional_parameters_are_not_sent(self, feature: Feature, server: Recorder) -> None:
        server.replies["/stores/s/products"] = Reply.json([])
        self.api(feature, server).search_products("s")
        req = server.last
        assert req.raw_query == "" and "cookie" not in req.headers
        assert "x-request-id" not in req.headers and "x-trace" not in req.headers

    def test_content_parameter_is_sent_as_json(self, feature: Feature, server: Recorder) -> None:
        server.replies["/stores/s/products"] = Reply.json([])
        self.api(feature, server).search_products("s", where={"name": "mug"})
        assert server.last.query == [("where", '{"name":"mug"}')]

    def test_path_item_parameter_overridden_by_the_operation(self, feature: Feature, server: Recorder) -> None:
        server.replies["/stores/s/products"] = Reply(204, b"")
        api = self.api(feature, server)
        assert api.index_products(store_id="s", locale=feature.models.ParameterLocaleIndexProducts.DE) is None
        assert (server.last.method, server.last.query) == ("POST", [("locale", "de")])
        with pytest.raises(TypeError):
            api.index_products(store_id="s")  # locale is required by the operation

    def test_path_styles(self, feature: Feature, server: Recorder) -> None:
        shelf = self.api(feature, server).get_shelf("s", [1, 2, 3], "top", "m")
        assert server.last.path == "/stores/s/shelves/1,2,3/.top/;matrix=m"
        assert isinstance(shelf, feature.models.GetShelfResponse200)


    def test_parameters_with_one_allowed_value_are_sent_unless_given(self, feature: Feature,
                                                                       server: Recorder) -> None:
        server.replies["/query"] = Reply.json(["s1"])
        api = self.api(feature, server)
        assert api.describe_stores("eu") == ["s1"]  # Action, Version and X-Api-Level are optional
        req = server.last
        assert req.query == [("Action", "DescribeStores"), ("Version", "2016-11-15"), ("Region", "eu")]
        assert req.headers["x-api-level"] == "2"
        api.describe_stores("us", version=feature.models.ApiVersion.NUMBER_2016_11_15)  # given: sent as given
        assert server.last.query[1] == ("Version", "2016-11-15")


class TestBodies:
    feature = feature_fixture("bodies")

    def api(self, feature: Feature, server: Recorder):  # type: ignore[no-untyped-def]
        return feature.package.DocumentsApi(feature.client(server.url))

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    def test_json_body_is_the_first_media_type(self, feature: Feature, server: Recorder) -> None:
        server.replies["/documents"] = Reply.json({"id": "d1", "title": "T", "extra": [1]}, 201)
        doc = self.api(feature, server).create_document({"title": "T", "pages": 3})
        assert isinstance(doc, feature.models.Document) and wire(doc) == {"id": "d1", "title": "T", "extra": [1]}
        req = server.last
        assert req.headers["content-type"] == "application/json"
        assert json.loads(req.body) == {"title": "T", "pages": 3}

    def test_form_urlencoded_when_chosen(self, feature: Feature, server: Recorder) -> None:
        server.replies["/documents"] = Reply.json({"id": "d1", "title": "T"}, 201)
        body = feature.models.DocumentCreate(title="A & B", pages=2, public=True)
        self.api(feature, server).create_document(body, _content_type="application/x-www-form-urlencoded")
        req = server.last
        assert req.headers["content-type"].startswith("application/x-www-form-urlencoded")
        from urllib.parse import parse_qsl

        assert parse_qsl(req.body.decode()) == [("title", "A & B"), ("pages", "2"), ("public", "true")]

    def test_multipart_with_a_file(self, feature: Feature, server: Recorder) -> None:
        server.replies["/documents/upload"] = Reply.json({"id": "d2", "title": "scan"}, 201)
        pdf = b"%PDF-1.7\x00\xff\xfe binary"
        body = feature.models.UploadDocumentRequestBody(file=pdf, title="scan", pages=4)
        doc = self.api(feature, server).upload_document(body)
        assert doc.id == "d2"
        req = server.last
        assert req.headers["content-type"].startswith("multipart/form-data; boundary=")
        fields = multipart_fields(req.headers["content-type"], req.body)
        assert fields["file"][1] == pdf and fields["file"][0] is not None
        assert fields["title"][1] == b"scan" and fields["pages"][1] == b"4"

    def test_binary_upload(self, feature: Feature, server: Recorder) -> None:
        server.replies["/documents/d1/content"] = Reply(204, b"")
        payload = bytes(range(256))
        assert self.api(feature, server).replace_content("d1", payload) is None
        req = server.last
        assert (req.method, req.headers["content-type"], req.body) == ("PUT", "application/octet-stream", payload)

    def test_binary_download_is_bytes(self, feature: Feature, server: Recorder) -> None:
        payload = bytes(range(255, -1, -1))
        server.replies["/documents/d1/content"] = Reply(200, payload, "application/octet-stream")
        data = self.api(feature, server).download_content("d1")
        assert isinstance(data, bytes) and data == payload
        assert "application/octet-stream" in server.last.headers["accept"]

    def test_text_plain_both_ways(self, feature: Feature, server: Recorder) -> None:
        server.replies["/documents/d1/notes"] = Reply(200, "stored: ünï\n".encode(), "text/plain; charset=utf-8")
        note = self.api(feature, server).add_note("d1", "ünï\nline two")
        assert note == "stored: ünï\n"
        req = server.last
        assert req.headers["content-type"].startswith("text/plain")
        assert req.body.decode("utf-8") == "ünï\nline two"

    def test_one_response_several_media_types(self, feature: Feature, server: Recorder) -> None:
        api = self.api(feature, server)
        server.replies["/documents/d1/preview"] = Reply(200, b"\x89PNG\r\n\x1a\n", "image/png")
        assert api.get_preview("d1") == b"\x89PNG\r\n\x1a\n"
        server.replies["/documents/d1/preview"] = Reply.json({"width": 3, "height": 4})
        meta = api.get_preview("d1")
        assert isinstance(meta, feature.models.GetPreviewResponse200) and (meta.width, meta.height) == (3, 4)
        assert server.last.headers["accept"] == "application/json, image/png;q=0.5"  # JSON preferred


class TestAuthKinds:
    feature = feature_fixture("auth_kinds")

    CREDENTIALS = {"api_key": {"HeaderKey": "hk", "QueryKey": "qk", "CookieKey": "ck"},
                   "username": "ada", "password": "s3cret:x", "access_token": "tok"}

    def api(self, feature: Feature, server: Recorder, **config: object):  # type: ignore[no-untyped-def]
        return feature.package.NotesApi(feature.client(server.url, **(config or self.CREDENTIALS)))

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)

    def test_api_key_in_header_by_document_security(self, feature: Feature, server: Recorder) -> None:
        server.replies["/notes"] = Reply.json(["n1"])
        self.api(feature, server).list_notes()
        req = server.last
        assert req.headers["x-api-key"] == "hk"
        assert req.query == [] and "authorization" not in req.headers and "cookie" not in req.headers

    def test_api_key_in_query(self, feature: Feature, server: Recorder) -> None:
        self.api(feature, server).list_notes_query_key()
        assert server.last.query == [("api_key", "qk")] and "x-api-key" not in server.last.headers

    def test_api_key_in_cookie(self, feature: Feature, server: Recorder) -> None:
        self.api(feature, server).list_notes_cookie_key()
        assert server.last.cookies == {"session": "ck"}

    def test_http_basic(self, feature: Feature, server: Recorder) -> None:
        self.api(feature, server).list_notes_basic()
        assert server.last.headers["authorization"] == "Basic " + base64.b64encode(b"ada:s3cret:x").decode()

    @pytest.mark.parametrize("method", ["list_notes_bearer", "create_note_o_auth", "list_notes_open_id"])
    def test_bearer_oauth2_and_openid_send_the_token(self, feature: Feature, server: Recorder,
                                                     method: str) -> None:
        getattr(self.api(feature, server), method)()
        assert server.last.headers["authorization"] == "Bearer tok"
        assert "x-api-key" not in server.last.headers

    def test_two_schemes_together_or_the_alternative(self, feature: Feature, server: Recorder) -> None:
        self.api(feature, server).list_notes_two_keys()
        assert server.last.headers["x-api-key"] == "hk" and server.last.query == [("api_key", "qk")]
        self.api(feature, server, access_token="only-token").list_notes_two_keys()
        assert server.last.headers["authorization"] == "Bearer only-token"
        assert "x-api-key" not in server.last.headers

    def test_optional_auth_sends_what_is_configured_in_full_and_nothing_else(self, feature: Feature,
                                                                            server: Recorder) -> None:
        self.api(feature, server).list_notes_optional_auth()  # `{}` comes first, but a token is configured
        assert server.last.headers["authorization"] == "Bearer tok"
        self.api(feature, server, api_key={"HeaderKey": "hk", "QueryKey": "qk"}).list_notes_optional_auth()
        assert server.last.headers["x-api-key"] == "hk" and server.last.query == [("api_key", "qk")]
        self.api(feature, server, api_key={"HeaderKey": "hk"}).list_notes_optional_auth()  # half of an AND
        assert "x-api-key" not in server.last.headers and server.last.query == []
        self.api(feature, server, api_key={}).list_notes_optional_auth()
        assert "authorization" not in server.last.headers

    def test_an_api_key_given_as_an_argument_is_sent_once_instead_of_the_configured_one(
            self, feature: Feature, server: Recorder) -> None:
        api = self.api(feature, server)
        api.list_notes_keys_as_arguments(api_key="arg-q", x_api_key="arg-h")
        assert server.last.query == [("api_key", "arg-q")] and server.last.headers["x-api-key"] == "arg-h"
        api.list_notes_keys_as_arguments()  # required in the spec, but the configured keys stand in
        assert server.last.query == [("api_key", "qk")] and server.last.headers["x-api-key"] == "hk"
        signature = inspect.signature(api.list_notes_keys_as_arguments)
        assert all(signature.parameters[n].default is None for n in ("api_key", "x_api_key"))

    def test_a_response_declared_without_content_has_no_data(self, feature: Feature, server: Recorder) -> None:
        server.replies["/notes/by-query"] = Reply.json({"unexpected": 1})
        response = self.api(feature, server).list_notes_query_key_with_http_info()
        assert response.status_code == 200 and response.data is None  # as annotated: ApiResponse[None]
        assert json.loads(response.raw_data) == {"unexpected": 1}

    def test_no_security_sends_no_credentials(self, feature: Feature, server: Recorder) -> None:
        self.api(feature, server).health()
        req = server.last
        assert not {"authorization", "x-api-key", "cookie"} & set(req.headers) and req.query == []

    def test_api_key_prefix(self, feature: Feature, server: Recorder) -> None:
        server.replies["/notes"] = Reply.json([])
        self.api(feature, server, api_key={"HeaderKey": "hk"}, api_key_prefix={"HeaderKey": "Token"}).list_notes()
        assert server.last.headers["x-api-key"] == "Token hk"

    def test_an_api_key_naming_no_scheme_is_refused(self, feature: Feature) -> None:
        configuration = feature.module("configuration").Configuration
        with pytest.raises(ValueError, match=r"'X-Api-Kye'.*HeaderKey"):  # a typo would send no credential
            configuration(api_key={"X-Api-Kye": "k"})
        with pytest.raises(ValueError, match="Bearer"):  # a bearer token goes in access_token
            configuration(api_key_prefix={"Bearer": "Token"})
        assert configuration(api_key={"HeaderKey": "a", "api_key": "b"}).api_key  # scheme or parameter names

    def test_schemes_are_listed_in_the_configuration(self, feature: Feature) -> None:
        schemes = feature.module("configuration").AUTH_SCHEMES
        assert {name: s.kind for name, s in schemes.items()} == {
            "HeaderKey": "apiKey", "QueryKey": "apiKey", "CookieKey": "apiKey", "Basic": "basic",
            "Bearer": "bearer", "OAuth": "oauth2", "OpenId": "openIdConnect"}


class TestWebhooksAndDefaultResponses:
    feature = feature_fixture("webhooks_default_responses")

    def api(self, feature: Feature, server: Recorder):  # type: ignore[no-untyped-def]
        return feature.package.SubscriptionsApi(feature.client(server.url))

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)
        assert [w.operation_id for w in feature.api.webhooks] == ["subscriptionRenewed", "onSubscriptionCancelled"]

    def test_webhooks_are_documented(self, feature: Feature) -> None:
        docs = "\n".join(p.read_text(encoding="utf-8") for p in feature.files() if p.suffix == ".md")
        for text in ("subscriptionRenewed", "A subscription was renewed",
                     "Sent to your endpoint after each successful renewal.",
                     "onSubscriptionCancelled", "A subscription was cancelled"):
            assert text in docs, f"{text!r} is not in the generated docs"
        assert "RenewalEvent" in docs and "OnSubscriptionCancelledRequestBody" in docs

    def test_webhook_payload_models_parse(self, feature: Feature) -> None:
        m = feature.models
        event = m.RenewalEvent.from_dict({"subscription_id": "sub_1", "renewed_at": "2024-01-01T00:00:00Z"})
        assert event.renewed_at.year == 2024
        cancelled = m.OnSubscriptionCancelledRequestBody.from_dict({"subscription_id": "sub_1", "reason": "x"})
        assert wire(cancelled) == {"subscription_id": "sub_1", "reason": "x"}

    def test_success_and_range_and_default_errors(self, feature: Feature, server: Recorder) -> None:
        pkg, api = feature.package, self.api(feature, server)
        server.replies["/subscriptions"] = Reply.json({"id": "sub_1", "plan": "pro", "status": "active"}, 201)
        created = api.create_subscription({"plan": "pro"})
        assert isinstance(created, feature.models.Subscription) and created.id == "sub_1"

        server.replies["/subscriptions"] = Reply.json({"title": "Invalid plan", "status": 422}, 422)
        with pytest.raises(pkg.ApiException) as raised:
            api.create_subscription({"plan": "nope"})
        assert raised.value.status == 422
        assert isinstance(raised.value.data, feature.models.Problem) and raised.value.data.title == "Invalid plan"

        server.replies["/subscriptions"] = Reply.json({"title": "Down", "status": 503}, 503)
        with pytest.raises(pkg.ApiException) as raised:
            api.create_subscription({"plan": "pro"})
        assert raised.value.status == 503 and raised.value.data.title == "Down"

    def test_only_a_default_response(self, feature: Feature, server: Recorder) -> None:
        pkg, api = feature.package, self.api(feature, server)
        server.replies["/subscriptions/sub_1"] = Reply.json({"id": "sub_1", "plan": "pro"})
        sub = api.get_subscription("sub_1")
        assert isinstance(sub, feature.models.Subscription) and sub.plan == "pro"
        server.replies["/subscriptions/sub_1"] = Reply.json({"plan": "x"}, 404)
        with pytest.raises(pkg.ApiException) as raised:
            api.get_subscription("sub_1")
        assert raised.value.status == 404


class TestMultiFileOperations:
    feature = feature_fixture("multi_file_ops")

    def test_everything_is_generated(self, feature: Feature) -> None:
        assert_complete(feature)
        ids = [op.operation_id for op in feature.api.operations]
        assert ids == ["listPets", "createPet", "getPet", "delete_pets_pet_id", "getOwner"]

    def test_examples_from_other_files_round_trip(self, feature: Feature) -> None:
        ops = feature.operations()
        seen = 0
        for op in feature.api.operations:
            bodies = [("request", c) for c in (op.request_body.contents if op.request_body else ())]
            bodies += [(r.status, c) for r in op.responses for c in r.contents]
            for where, content in bodies:
                for example in content.examples:
                    described = ops[(op.method.upper(), op.path)]
                    tp = described.body[content.media_type] if where == "request" else \
                        described.responses[where][content.media_type]
                    value = from_json_value(example.value)
                    assert tp.from_dict(value).to_dict() == value, (op.operation_id, where, example.name)
                    seen += 1
        assert seen == 8  # two, rex (request), rex (getPet), ada, and the shared NotFound example four times

    def test_operations_from_other_files_over_http(self, feature: Feature, server: Recorder) -> None:
        pkg = feature.package
        client = feature.client(server.url)
        pets = pkg.PetsApi(client)
        server.replies["/pets"] = Reply.json({"data": [{"id": "p1", "name": "Rex", "species": "dog",
                                                        "visits": [{"date": "2024-02-01", "vet": {"name": "V"}}]}],
                                              "total": 1})
        listed = pets.list_pets(limit=5)
        assert server.last.query == [("limit", "5")]
        assert listed.data[0].visits[0].vet.name == "V" and listed.data[0].species.value == "dog"
        server.replies["/pets/p/1"] = Reply.json({"code": "not_found", "message": "No such pet"}, 404)
        with pytest.raises(pkg.ApiException) as raised:
            pets.get_pet("p/1")
        assert raised.value.status == 404 and raised.value.data.message == "No such pet"
        assert server.last.path == "/pets/p%2F1"
        server.replies["/pets/p1"] = Reply(204, b"")
        assert pkg.DefaultApi(client).delete_pets_pet_id("p1") is None
        assert (server.last.method, server.last.path) == ("DELETE", "/pets/p1")
