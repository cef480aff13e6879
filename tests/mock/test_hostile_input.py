"""Hostile input gets the vendor's own error body and a 4xx, never a 5xx or a dead server.

Runs over real HTTP (uvicorn on a loopback port) for every spec in `specs/`, with requests built
from the spec alone, so every API added later is covered.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from specbench.bundle import load_bundle
from specbench.layout import Api
from specbench.mock import build_mock_app
from specbench.mock.apis import credential_headers_for, vendor_for
from tests.mock.probe import (
    TOKEN,
    Answer,
    Probe,
    error_schema,
    first_operation,
    probe_for,
    send,
    with_body,
)
from tests.mock_server import serving


@dataclass
class Target:
    """A running mock, a request with a body and one without, and the vendor error schema."""

    api: Api
    url: str
    document: dict[str, Any]
    write_probe: Probe | None
    read: Probe

    @property
    def write(self) -> Probe:
        """The request with a JSON body; body tests skip for an API that takes none (MSPbots)."""
        if self.write_probe is None:
            pytest.skip(f"{self.api.name} has no operation taking a JSON body")
        return self.write_probe

    def assert_vendor_error(self, answer: Answer, status: int) -> None:
        assert answer.status == status, answer.body
        validator = error_schema(self.document, self.read.op)
        assert validator.is_valid(answer.body), f"not the vendor's error body: {answer.body!r}"

    def assert_alive(self) -> None:
        """The server still answers a valid read after whatever came before."""
        answer = send(self.url, self.read.head() + b"\r\n\r\n")
        assert answer.status < 500, answer.body


@pytest.fixture(scope="module")
def target(api: Api) -> Iterator[Target]:
    document = load_bundle(api)
    with serving(build_mock_app(api, token=TOKEN)) as url:
        try:
            write: Probe | None = probe_for(
                api.name, document, first_operation(document, with_body=True)
            )
        except LookupError:
            write = None
        read = probe_for(api.name, document, first_operation(document, with_body=False))
        yield Target(api, url, document, write, read)


def test_a_valid_request_is_accepted(target: Target) -> None:
    """The baseline the other tests spoil: the probe request itself succeeds."""
    body = json.dumps(target.write.body).encode()
    answer = send(target.url, with_body(target.write, body))
    assert 200 <= answer.status < 300, answer.body


def test_body_that_is_not_utf8(target: Target) -> None:
    answer = send(target.url, with_body(target.write, b'{"name": "\xff\xfe\xfa"}'))
    target.assert_vendor_error(answer, 400)
    target.assert_alive()


def test_body_that_is_not_json(target: Target) -> None:
    for junk in (b"{'single': 'quotes'}", b'{"a": NaN}', b'{"a": 1,}', b"\x00\x01"):
        target.assert_vendor_error(send(target.url, with_body(target.write, junk)), 400)


def test_invalid_body_with_non_latin1_keys(target: Target) -> None:
    """Prism dies here (it echoes the key into a header); the mock must answer, and stay up.

    Every documented body is an object, so an array of such objects is invalid: 400. The object
    itself is invalid only where the body schema closes its properties (Botpress's `tags` values
    must be strings); an open body (Kore.ai's) may accept it.
    """
    keys: dict[str, Any] = {"日本語": {"€": 1}, "tags": {"日": 1}}
    as_array = json.dumps([keys], ensure_ascii=False).encode("utf-8")
    target.assert_vendor_error(send(target.url, with_body(target.write, as_array)), 400)
    as_object = json.dumps(keys, ensure_ascii=False).encode("utf-8")
    answer = send(target.url, with_body(target.write, as_object))
    if answer.status >= 300:
        target.assert_vendor_error(answer, 400)
    target.assert_alive()


def test_non_latin1_header_values(target: Target) -> None:
    """UTF-8 bytes in header values, in a known header and an unknown one: never a 5xx."""
    for name in [*target.read.headers, "X-Unknown"]:
        request = target.read.head(extra={name: "日本語-\u00ff"}) + b"\r\n\r\n"
        answer = send(target.url, request)
        assert 200 <= answer.status < 500, (name, answer.body)
        if answer.status >= 400:
            target.assert_vendor_error(answer, answer.status)
    target.assert_alive()


def test_body_over_the_size_limit_declared_up_front(target: Target) -> None:
    limit = vendor_for(target.api.name).max_body_bytes
    huge = b'{"name": "' + b"x" * (limit + 1) + b'"}'
    target.assert_vendor_error(send(target.url, with_body(target.write, huge)), 413)


def test_body_over_the_size_limit_sent_chunked(target: Target) -> None:
    """No Content-Length: the mock counts what arrives and stops at the limit."""
    limit = vendor_for(target.api.name).max_body_bytes
    chunk = b"x" * 65536
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(limit // len(chunk) + 2))
    extra = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
    request = target.write.head(extra=extra) + b"\r\n\r\n" + chunks + b"0\r\n\r\n"
    target.assert_vendor_error(send(target.url, request), 413)
    target.assert_alive()


def test_deeply_nested_body(target: Target) -> None:
    depth = 100_000
    nested = b'{"name": ' + b"[" * depth + b"]" * depth + b"}"
    target.assert_vendor_error(send(target.url, with_body(target.write, nested)), 400)
    target.assert_alive()


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "multipart/form-data"])
def test_wrong_content_type(target: Target, content_type: str) -> None:
    body = json.dumps(target.write.body).encode()
    answer = send(target.url, with_body(target.write, body, content_type))
    target.assert_vendor_error(answer, 415)


def test_method_the_path_does_not_have(target: Target) -> None:
    answer = send(target.url, target.read.head(method="TRACE") + b"\r\n\r\n")
    target.assert_vendor_error(answer, 405)
    allowed = {method.strip() for method in answer.headers["allow"].split(",")}
    document_methods = target.document["paths"][target.read.op.path]
    assert allowed == {m.upper() for m in document_methods if m != "parameters"}


def test_unknown_path(target: Target) -> None:
    probe = Probe(target.read.op, target.read.path + "/no/such/thing", target.read.headers)
    target.assert_vendor_error(send(target.url, probe.head() + b"\r\n\r\n"), 404)


def test_missing_and_wrong_credentials(target: Target) -> None:
    """No credential, a tampered one (middle character changed), one too long: 401, vendor body."""
    credentials = credential_headers_for(target.api.name, target.document, TOKEN)
    assert credentials, "the spec declares no credential header"
    for name, value in credentials.items():
        others = {k: v for k, v in target.read.headers.items() if k != name}
        middle = len(value) // 2
        tampered = value[:middle] + ("A" if value[middle] != "A" else "B") + value[middle + 1 :]
        for headers in (others, {**others, name: tampered}, {**others, name: value + "x"}):
            probe = Probe(target.read.op, target.read.path, headers)
            target.assert_vendor_error(send(target.url, probe.head() + b"\r\n\r\n"), 401)
