"""Operation paths in the Python target: literal spec text is percent-encoded, placeholders kept."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from generator.targets.python.view_operations import encoded_path


@pytest.mark.parametrize("path", [
    "/v1/orders/{orderId}",
    "/odd/\"q\"/'s'/\\b/\u65e5\u672c/a b/#frag?x=1/{id}",
    "/a%20b/{x}{y}/",
    "/lone/{/x",
    "/surrogate\ud800/{id}",
    "/{a b}/{{ 7*7 }}",
])
def test_literal_text_is_encoded_and_decodes_back(path: str) -> None:
    encoded = encoded_path(path)
    # only pchar characters, the separator, escapes and the placeholders' own text are left
    bare = encoded
    for name in ("{orderId}", "{id}", "{x}", "{y}", "{a b}", "{ 7*7 }"):
        bare = bare.replace(name, "")
    assert not set(bare) - set("/!$&'()*+,;=:@%-._~abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    assert unquote(encoded, errors="surrogatepass") == path


def test_plain_paths_are_unchanged_and_placeholders_stay_raw() -> None:
    assert encoded_path("/v1/orders/{orderId}/export") == "/v1/orders/{orderId}/export"
    assert encoded_path("/x/#frag?q=1/{id}") == "/x/%23frag%3Fq=1/{id}"
    assert encoded_path("/a\\b") == "/a%5Cb"
