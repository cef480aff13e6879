"""The naming and rate-limit rules on small documents, independent of any API's spec."""

from __future__ import annotations

from typing import Any

import pytest

from specbench.lint.rules import named_schemas, rate_limit_headers

OBJECT = {"type": "object", "properties": {"id": {"type": "string"}}}
NAMED = {"$ref": "#/components/schemas/User"}


def _document(body: Any = None, answer: Any = None, limited: Any = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"responses": {}}
    if body is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    if answer is not None:
        operation["responses"]["200"] = {"content": {"application/json": {"schema": answer}}}
    if limited is not None:
        operation["responses"]["429"] = limited
    return {
        "paths": {"/users": {"post": operation}},
        "components": {
            "schemas": {"User": OBJECT},
            "headers": {"RetryAfter": {"schema": {"type": "integer"}}},
            "responses": {
                "RateLimited": {
                    "headers": {"Retry-After": {"$ref": "#/components/headers/RetryAfter"}}
                }
            },
        },
    }


@pytest.mark.parametrize(
    ("schema", "inline"),
    [
        (NAMED, False),
        ({"type": "array", "items": NAMED}, False),
        ({"oneOf": [NAMED, {"type": "string"}]}, False),
        ({"type": "string"}, False),
        (OBJECT, True),
        ({"type": "object"}, True),
        ({"type": ["object", "null"]}, True),
        ({"additionalProperties": {"type": "string"}}, True),
        ({"allOf": [NAMED, {"properties": {"extra": {}}}]}, True),
        ({"type": "array", "items": OBJECT}, True),
        ({"anyOf": [NAMED, OBJECT]}, True),
    ],
)
def test_what_counts_as_an_inline_object(schema: Any, inline: bool) -> None:
    assert named_schemas.defines_inline_object(schema) is inline


def test_inline_request_body_and_answer_are_found() -> None:
    findings = list(named_schemas.check(_document(body=OBJECT, answer=OBJECT)))
    assert [where for where, _ in findings] == [
        "/paths/~1users/post/requestBody/content/application~1json/schema",
        "/paths/~1users/post/responses/200/content/application~1json/schema",
    ]
    assert "the request body of POST /users" in findings[0][1]
    assert "the 200 answer of POST /users" in findings[1][1]


def test_named_request_body_and_answer_pass() -> None:
    assert list(named_schemas.check(_document(body=NAMED, answer=NAMED))) == []


def test_a_429_without_retry_after_is_found() -> None:
    findings = list(rate_limit_headers.check(_document(limited={"description": "slow down"})))
    assert findings == [
        (
            "/paths/~1users/post/responses/429",
            "the 429 answer of POST /users does not declare Retry-After as $ref "
            "'#/components/headers/RetryAfter'",
        )
    ]


def test_an_inline_retry_after_is_found() -> None:
    limited = {"headers": {"Retry-After": {"schema": {"type": "integer"}}}}
    assert len(list(rate_limit_headers.check(_document(limited=limited)))) == 1


def test_a_shared_429_with_retry_after_passes() -> None:
    limited = {"$ref": "#/components/responses/RateLimited"}
    assert list(rate_limit_headers.check(_document(limited=limited))) == []
