"""tests/specs/media_kinds.yaml, generated, imported and driven over real HTTP (127.0.0.1).

Media types as real APIs mix them: what the client asks for (`Accept`), how it
types and reads what comes back, how it sends XML, form and multipart bodies,
and parameters that share a name across locations.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import subprocess
import sys
from urllib.parse import parse_qsl

import pytest
from test_features_support import recorder, server  # noqa: F401 - fixtures
from test_features_support import Feature, Recorder, Reply, assert_complete, generate_feature


@pytest.fixture(scope="module")
def feature(tmp_path_factory: pytest.TempPathFactory) -> Feature:
    return generate_feature("media_kinds", tmp_path_factory)



def parts(content_type: str, body: bytes) -> list[tuple[str, str | None, str | None, bytes]]:
    """(name, file name, content type, bytes) of each part of a multipart/form-data body, in order."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    assert message.is_multipart()
    return [(part.get_param("name", header="content-disposition"), part.get_filename(),
             part["content-type"], part.get_payload(decode=True)) for part in message.iter_parts()]


def test_everything_is_generated(feature: Feature) -> None:
    assert_complete(feature)
    # the IR names the XML response's inline schema after the operation, not numbered; the client
    # reads that XML as str, so it is no model (nor is the inline object of a binary response)
    assert {"ListLegacyPetsResponse200", "ExportPetsResponse200"} <= {s.name for s in feature.api.schemas}
    assert not {"ListLegacyPetsResponse200", "ExportPetsResponse200"} & set(feature.models.__all__)


def test_json_beside_xml_asks_for_json_and_is_typed_by_it(feature: Feature, server: Recorder) -> None:
    api = feature.package.PetsApi(feature.client(server.url))
    server.replies["/pets/p1"] = Reply.json({"name": "Rex", "age": 3, "petType": "dog"})
    pet = api.get_pet("p1")
    assert isinstance(pet, feature.models.Pet) and (pet.name, pet.age) == ("Rex", 3)
    assert server.last.headers["accept"] == "application/json"
    assert api.get_pet_with_http_info.__annotations__["return"] == "ApiResponse[Pet]"


def test_a_server_answering_xml_anyway_gets_a_clear_decode_error(feature: Feature, server: Recorder) -> None:
    api = feature.package.PetsApi(feature.client(server.url))
    server.replies["/pets/p1"] = Reply(200, b"<Pet><name>Rex</name></Pet>", "application/xml")
    with pytest.raises(feature.module("exceptions").ApiDecodeError,
                       match="cannot decode the 200 response: the body is application/xml, not application/json"):
        api.get_pet("p1")


def test_parameters_sharing_a_name_each_keep_their_value(feature: Feature, server: Recorder) -> None:
    api = feature.package.PetsApi(feature.client(server.url))
    server.replies["/pets/P"] = Reply.json({"name": "Rex", "petType": "dog"})
    api.get_pet("P", id_query="Q", id_header="H")
    req = server.last
    assert (req.path, req.query, req.headers["id"]) == ("/pets/P", [("id", "Q")], "H")


def test_xml_body_is_sent_as_the_text_given(feature: Feature, server: Recorder) -> None:
    api = feature.package.PetsApi(feature.client(server.url))
    server.replies["/pets/p1"] = Reply(204, b"")
    xml = "<Pet><name>Rex &amp; Co</name></Pet>"
    api.replace_pet("p1", xml)  # a str picks the text media type on its own
    assert (server.last.headers["content-type"], server.last.body) == ("application/xml", xml.encode())
    api.replace_pet("p1", feature.models.Pet(name="Rex", pet_type="dog"))  # a model goes out as JSON
    assert server.last.headers["content-type"] == "application/json"
    assert json.loads(server.last.body) == {"name": "Rex", "petType": "dog"}


def test_a_model_is_never_sent_labelled_as_xml(feature: Feature, server: Recorder) -> None:
    api = feature.package.PetsApi(feature.client(server.url))
    with pytest.raises(feature.module("exceptions").ApiValueError, match="pass it as str"):
        api.replace_pet("p1", feature.models.Pet(name="Rex", pet_type="dog"), _content_type="application/xml")
    assert server.requests == []


def test_a_model_goes_out_as_the_media_type_it_belongs_to(feature: Feature, server: Recorder) -> None:
    api = feature.package.PetsApi(feature.client(server.url))
    server.replies["/pets/p1/tags"] = Reply(204, b"")
    api.tag_pet("p1", feature.models.TagPetRequestBodyForm(tag="good"))  # no _content_type needed
    assert (server.last.headers["content-type"], server.last.body) == ("application/x-www-form-urlencoded",
                                                                       b"tag=good")
    api.tag_pet("p1", feature.models.TagPetRequestBody(tags=["a"]))
    assert (server.last.headers["content-type"], json.loads(server.last.body)) == ("application/json",
                                                                                   {"tags": ["a"]})


def test_binary_beside_json_is_kept_and_html_is_not(feature: Feature, server: Recorder) -> None:
    api = feature.package.PetsApi(feature.client(server.url))
    assert api.get_pet_card_with_http_info.__annotations__["return"] == "ApiResponse[Pet | bytes]"
    server.replies["/pets/p1/card"] = Reply(200, b"\x81\xa4name\xa3Rex", "application/x-msgpack")
    assert api.get_pet_card("p1") == b"\x81\xa4name\xa3Rex"
    assert server.last.headers["accept"] == "application/json, application/x-msgpack;q=0.5"
    server.replies["/pets/p1/card"] = Reply.json({"name": "Rex", "petType": "dog"})
    assert isinstance(api.get_pet_card("p1"), feature.models.Pet)


def test_xml_only_is_read_as_text_and_typed_str(feature: Feature, server: Recorder) -> None:
    api = feature.package.LegacyApi(feature.client(server.url))
    assert api.list_legacy_pets_with_http_info.__annotations__["return"] == "ApiResponse[str]"
    server.replies["/legacy/pets"] = Reply(200, b"<pets><pet><name>Rex</name></pet></pets>", "text/xml")
    assert api.list_legacy_pets() == "<pets><pet><name>Rex</name></pet></pets>"
    assert server.last.headers["accept"] == "text/xml"


def test_an_xml_only_body_is_text_in_the_signature_and_the_docs(feature: Feature, server: Recorder) -> None:
    api = feature.package.LegacyApi(feature.client(server.url))
    assert api.import_legacy_pets_with_http_info.__annotations__["pet"] == "str"
    server.replies["/legacy/pets/import"] = Reply(204, b"")
    api.import_legacy_pets("<pets/>")
    assert (server.last.headers["content-type"], server.last.body) == ("text/xml", b"<pets/>")
    page = (feature.out / "docs" / "LegacyApi.md").read_text(encoding="utf-8")
    assert 'pet = "pet_example"' in page  # the example passes text, as the method takes


def test_octet_stream_is_bytes_whatever_its_schema(feature: Feature, server: Recorder) -> None:
    api = feature.package.LegacyApi(feature.client(server.url))
    assert api.export_pets_with_http_info.__annotations__["return"] == "ApiResponse[bytes]"
    server.replies["/legacy/export"] = Reply(200, b'{"rows": 2}', "application/octet-stream")
    assert api.export_pets() == b'{"rows": 2}'


def test_form_arrays_repeat_the_key_and_objects_go_as_json(feature: Feature, server: Recorder) -> None:
    api = feature.package.SearchApi(feature.client(server.url))
    server.replies["/search"] = Reply.json([{"name": "Rex", "petType": "dog"}])
    found = api.search_pets({"tags": ["a", "b c"], "owner": {"first": "Ada"}, "limit": 5})
    assert [p.name for p in found] == ["Rex"]
    req = server.last
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(req.body.decode()) == [("tags", "a"), ("tags", "b c"), ("owner", '{"first":"Ada"}'),
                                            ("limit", "5")]


def test_form_fields_with_an_encoding_are_written_in_its_style(feature: Feature, server: Recorder) -> None:
    api = feature.package.SearchApi(feature.client(server.url))
    server.replies["/search"] = Reply.json([])
    api.search_pets({"tags": ["a"], "ids": [1, 2], "colors": ["red", "blue"], "range": {"min": 1, "max": 9}})
    assert parse_qsl(server.last.body.decode()) == [("tags", "a"), ("ids", "1,2"), ("colors", "red|blue"),
                                                    ("range[min]", "1"), ("range[max]", "9")]


def test_form_bodies_are_checked_against_their_schema(feature: Feature, server: Recorder) -> None:
    api = feature.package.SearchApi(feature.client(server.url))
    with pytest.raises(feature.module("exceptions").ApiValueError, match="invalid request body"):
        api.search_pets({"limit": 5})  # `tags` is required
    assert server.requests == []


def test_multipart_without_files_is_still_multipart(feature: Feature, server: Recorder) -> None:
    api = feature.package.SearchApi(feature.client(server.url))
    server.replies["/notes"] = Reply(204, b"")
    api.create_note({"text": "hello", "labels": ["x", "y"], "owner": {"last": "Lovelace"}})
    req = server.last
    assert req.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert parts(req.headers["content-type"], req.body) == [
        ("text", None, None, b"hello"),
        ("labels", None, None, b"x"),
        ("labels", None, None, b"y"),
        ("owner", None, "application/json", b'{"last":"Lovelace"}'),
    ]


def test_multipart_arrays_of_files_are_one_part_each(feature: Feature, server: Recorder) -> None:
    api = feature.package.SearchApi(feature.client(server.url))
    server.replies["/notes"] = Reply(204, b"")
    api.create_note(feature.models.CreateNoteRequestBody(text="t", attachments=[b"\x00\x01", b"\xff"]))
    got = parts(server.last.headers["content-type"], server.last.body)
    assert [(name, data) for name, _, _, data in got] == [("text", b"t"), ("attachments", b"\x00\x01"),
                                                           ("attachments", b"\xff")]
    assert all(filename is not None for name, filename, _, _ in got if name == "attachments")


def test_multipart_parts_go_out_as_their_encoding_says(feature: Feature, server: Recorder,
                                                        tmp_path: pytest.TempPathFactory) -> None:
    api = feature.package.SearchApi(feature.client(server.url))
    server.replies["/uploads"] = Reply(204, b"")
    photo = tmp_path / "cat.bin"  # type: ignore[operator]
    photo.write_bytes(b"\x89PNG")
    with open(photo, "rb") as fh:
        api.upload_photo({"photo": fh, "thumbnail": b"\x01", "caption": "# Cat", "meta": {"first": "Ada"},
                          "legacy": {"last": "L"}, "raw": b"\x02"})
    assert parts(server.last.headers["content-type"], server.last.body) == [
        ("photo", "cat.bin", "image/png", b"\x89PNG"),  # the file's own name, the declared type
        ("thumbnail", "upload", "application/octet-stream", b"\x01"),  # a list of types: the value's own
        ("caption", None, "text/markdown", b"# Cat"),
        ("meta", None, "application/vnd.media+json", b'{"first":"Ada"}'),
        ("legacy", None, "application/json", b'{"last":"L"}'),  # an object is JSON, whatever is declared
        ("raw", "upload", "application/octet-stream", b"\x02"),  # a wildcard: the value's own
    ]
    # an httpx file tuple says its own name and type; bytes get the declared type
    api.upload_photo({"photo": ("a.jpg", b"\xff", "image/jpeg"), "caption": "c"})
    assert parts(server.last.headers["content-type"], server.last.body) == [
        ("photo", "a.jpg", "image/jpeg", b"\xff"), ("caption", None, "text/markdown", b"c")]
    api.upload_photo(feature.models.UploadPhotoRequestBody(photo=b"\x00"))
    assert parts(server.last.headers["content-type"], server.last.body) == [
        ("photo", "upload", "image/png", b"\x00")]


def test_part_headers_are_reported_as_not_sent(feature: Feature) -> None:
    found = [d for d in feature.diagnostics if d.pointer.endswith("/encoding/raw/headers")]
    assert len(found) == 1 and "not sent" in found[0].message


USER_CODE = """
import datetime
from feat_media_kinds.models import Pet

pet = Pet(name="Rex", pet_type="dog", birth_date=datetime.date(2020, 1, 2))  # Python names, as the docs show
wire: str = pet.to_json()
"""


def test_the_generated_package_and_code_using_it_type_check(feature: Feature) -> None:
    # plain mypy, without pydantic's plugin: constructors take the Python names of aliased fields
    user = feature.out / "user_code.py"
    user.write_text(USER_CODE)
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(feature.root),
                           str(user)], capture_output=True, text=True, timeout=600, cwd=feature.out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    bad = feature.out / "bad_code.py"
    bad.write_text(USER_CODE.replace('pet_type="dog"', 'petType="dog"'))  # the wire name is not an argument
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(bad)],
                          capture_output=True, text=True, timeout=600, cwd=feature.out)
    assert proc.returncode == 1 and 'Unexpected keyword argument "petType"' in proc.stdout, proc.stdout


def test_models_take_python_names_and_speak_wire_names(feature: Feature) -> None:
    import datetime

    Pet = feature.models.Pet
    pet = Pet(name="Rex", pet_type="dog", birth_date=datetime.date(2020, 1, 2))
    assert json.loads(pet.to_json()) == {"name": "Rex", "petType": "dog", "birthDate": "2020-01-02"}
    back = Pet.from_json('{"name": "Rex", "petType": "cat", "birthDate": "2021-03-04", "extra": 1}')
    assert (back.pet_type, back.birth_date, json.loads(back.to_json())["extra"]) == (
        "cat", datetime.date(2021, 3, 4), 1)
