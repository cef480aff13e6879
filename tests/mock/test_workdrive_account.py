"""The WorkDrive mock's organizations and access tokens as the spec describes them: a new
organization's derived fields and its administrator's token, and generated tokens that work as
`X-API-KEY` (specs/workdrive/paths/api_organization.yaml, api_token_generate-access.yaml)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from specbench.testing import MockApi

STILLA = {
    "name": "Stilla Works",
    "admin": {"firstName": "john", "lastName": "smith", "email": "abc@xyz.com"},
    "auth": {"method": "ldap"},
}


@pytest.fixture
def mock() -> Iterator[MockApi]:
    # Not strict: one test presents an unknown token on purpose (a 401 the mock must answer).
    with MockApi("workdrive", strict=False) as api:
        yield api


def client(mock: MockApi, key: str | None = None) -> httpx.Client:
    headers = mock.headers if key is None else {"X-API-KEY": key}
    return httpx.Client(transport=mock.transport, base_url=mock.base_url, headers=headers)


def test_a_generated_token_is_a_credential(mock: MockApi) -> None:
    user = "20cf22ed-be0b-40ce-930b-5aae73d2563c"
    with client(mock) as http:
        answer = http.post("/api/token/generate-access", json={"userId": user})
    assert answer.status_code == 201, answer.text
    token = answer.json()["token"]
    assert answer.json()["userId"] == user and uuid.UUID(token)
    with client(mock, token) as http:
        assert http.get("/api/module-codes").status_code == 200
    with client(mock, str(uuid.uuid4())) as http:
        refused = http.get("/api/module-codes")
    assert refused.status_code == 401 and refused.json()["statusCode"] == 401


def test_a_new_organization_is_answered_as_the_spec_says(mock: MockApi) -> None:
    with client(mock) as http:
        answer = http.post("/api/organization", json=STILLA)
        assert answer.status_code == 201, answer.text
        created = answer.json()
        assert (created["status"], created["legalName"], created["subdomain"]) == (
            "ACTIVE",
            "Stilla Works",
            "stillaworks",
        )
        assert created["authMethod"] == "ldap" and created["updatedAt"] is None
        for unset in ("parentOrgId", "websites", "address", "email", "phone", "industry"):
            assert created[unset] is None, unset
        changed = http.patch(f"/api/organization/{created['id']}", json={"legalName": "SW Ltd"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["legalName"] == "SW Ltd" and changed.json()["updatedAt"] is not None
    assert "accessToken" not in changed.json()
    with client(mock, created["accessToken"]) as http:
        assert http.get("/api/module-codes").status_code == 200
