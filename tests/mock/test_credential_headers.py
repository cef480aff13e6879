"""The one reading of "which header carries the credential" (specbench.security), on small
documents and on every bundled spec, as the mock and the client templates use it."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.datastructures import Headers

from specbench.bundle import load_bundle
from specbench.client_templates_data import api_values
from specbench.layout import Api
from specbench.mock.auth import Authenticator, credential_headers
from specbench.security import (
    BEARER,
    CredentialHeader,
    credential_header,
    scheme_header,
)
from specbench.security import credential_headers as headers_of
from tests.conftest import APIS, api_named


def document(security: Any, **schemes: dict[str, Any]) -> dict[str, Any]:
    return {"security": security, "components": {"securitySchemes": schemes}}


BEARER_SCHEME = {"type": "http", "scheme": "bearer"}
KEY_SCHEME = {"type": "apiKey", "in": "header", "name": "X-Key"}


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        (BEARER_SCHEME, BEARER),
        ({"type": "http", "scheme": "Bearer"}, BEARER),  # scheme names are case-insensitive
        (KEY_SCHEME, CredentialHeader("X-Key")),
        ({"type": "apiKey", "in": "query", "name": "key"}, None),
        ({"type": "http", "scheme": "basic"}, None),
        ({"type": "oauth2", "flows": {}}, None),
    ],
)
def test_scheme_header(scheme: dict[str, Any], expected: CredentialHeader | None) -> None:
    assert scheme_header(scheme) == expected


def test_header_values() -> None:
    assert BEARER.value("t0k") == "Bearer t0k"
    assert CredentialHeader("X-Key").value("t0k") == "t0k"


def test_the_first_requirement_decides() -> None:
    doc = document([{"key": []}, {"bearer": []}], key=KEY_SCHEME, bearer=BEARER_SCHEME)
    assert headers_of(doc) == [CredentialHeader("X-Key")]
    assert credential_header(doc) == CredentialHeader("X-Key")
    assert credential_headers(doc, "t0k") == {"X-Key": "t0k"}


def test_a_requirement_of_two_schemes_sends_both() -> None:
    doc = document([{"bearer": [], "key": []}], key=KEY_SCHEME, bearer=BEARER_SCHEME)
    assert credential_headers(doc, "t0k") == {"Authorization": "Bearer t0k", "X-Key": "t0k"}
    assert credential_header(doc) == BEARER


@pytest.mark.parametrize(
    "doc",
    [
        {},
        document([]),
        document([{}]),
        document([{"query": []}], query={"type": "apiKey", "in": "query", "name": "k"}),
        document([{"missing": []}]),
    ],
)
def test_no_header_needed(doc: dict[str, Any]) -> None:
    assert headers_of(doc) == []
    assert credential_headers(doc, "t0k") == {}
    assert credential_header(doc) == BEARER  # what a client sends when the spec says nothing


@pytest.mark.parametrize("name", [api.name for api in APIS])
def test_mock_accepts_what_the_client_sends(name: str) -> None:
    """For every bundled spec: the client templates' header, the mock's headers and the mock's
    credential check agree on one header."""
    api: Api = api_named(name)
    bundle = load_bundle(api)
    header = credential_header(bundle)
    values = api_values(api)
    assert (values["auth_header"], values["auth_prefix"]) == (
        f'"{header.name}"',
        f'"{header.prefix}"',
    )
    sent = credential_headers(bundle, "t0k")
    assert sent == {header.name: header.value("t0k")}
    scheme = next(iter(bundle["security"][0]))
    auth = Authenticator(bundle, "t0k")
    assert auth.presented(scheme, Headers(sent)) == "t0k"
    assert auth.presented(scheme, Headers({header.name: header.value("other")})) == "other"
    assert auth.presented(scheme, Headers({})) is None
