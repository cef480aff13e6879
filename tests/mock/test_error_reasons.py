"""The engine refuses requests for neutral reasons; each vendor names them in its own error body."""

from __future__ import annotations

import httpx
import pytest

from specbench.mock.apis.botpress import error_body
from specbench.mock.errors import ApiError, Reason
from specbench.testing import MockApi


@pytest.mark.parametrize(
    ("reason", "botpress_type"),
    [
        (Reason.INVALID_QUERY, "InvalidQuery"),
        (Reason.INVALID_BODY, "InvalidPayload"),
        (Reason.INVALID_HEADER, "InvalidPayload"),
        (Reason.INVALID_PATH_PARAMETER, "InvalidPayload"),
        (Reason.INVALID_RESOURCE, "InvalidPayload"),
    ],
)
def test_botpress_names_each_reason(reason: Reason, botpress_type: str) -> None:
    body = error_body(ApiError(400, "no", reason=reason))
    assert body["type"] == botpress_type
    assert body["code"] == 400


def test_a_vendor_type_given_by_vendor_code_wins_over_the_reason() -> None:
    error = ApiError(400, "bad schema", "InvalidJsonSchema", reason=Reason.INVALID_RESOURCE)
    assert error_body(error)["type"] == "InvalidJsonSchema"


def _send(mock: MockApi, request: httpx.Request) -> httpx.Response:
    with httpx.Client(transport=mock.transport, base_url=mock.base_url) as client:
        return client.send(request)


def test_the_engine_reports_reasons_the_vendor_maps() -> None:
    with MockApi("botpress", strict=False) as mock:
        headers = {**mock.headers, "x-bot-id": "bot-1"}
        bad_body = httpx.Request(
            "POST", f"{mock.base_url}/v1/chat/users", headers=headers, json={"name": 7}
        )
        answer = _send(mock, bad_body)
        assert answer.status_code == 400
        assert answer.json()["type"] == "InvalidPayload"
        assert "name" in answer.json()["message"]


def test_another_vendor_never_sees_botpress_types() -> None:
    with MockApi("workdrive", strict=False) as mock:
        request = httpx.Request(
            "POST", f"{mock.base_url}/api/departments", headers=mock.headers, json={"name": 7}
        )
        answer = _send(mock, request)
        assert answer.status_code == 400
        assert "InvalidPayload" not in answer.text
