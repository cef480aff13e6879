"""Routing and query/header reading on their own: no HTTP server, no vendor."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.datastructures import Headers, QueryParams

from specbench.mock.errors import ApiError
from specbench.mock.operations import compile_operations
from specbench.mock.params import coerce, read_header, read_query
from specbench.mock.routing import Router

OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}}


def _router(*routes: tuple[str, str]) -> Router:
    paths: dict[str, Any] = {}
    for method, path in routes:
        operation_id = f"{method}{path.replace('/', '_').replace('{', '').replace('}', '')}"
        paths.setdefault(path, {})[method] = {"operationId": operation_id, "responses": OK}
    return Router(compile_operations({"openapi": "3.1.0", "paths": paths}))


def test_a_literal_segment_beats_a_parameter() -> None:
    router = _router(("get", "/users/{id}"), ("get", "/users/me"), ("post", "/users"))
    op, values = router.match("GET", "/users/me")
    assert (op.path, values) == ("/users/me", {})
    op, values = router.match("GET", "/users/u%2F1")
    assert (op.path, values) == ("/users/{id}", {"id": "u/1"})


def test_an_empty_segment_is_the_item_path_never_the_collection() -> None:
    op, values = _router(("get", "/users/{id}"), ("get", "/users")).match("GET", "/users/")
    assert (op.path, values) == ("/users/{id}", {"id": ""})


def test_unknown_paths_and_methods() -> None:
    router = _router(("get", "/users/{id}"), ("delete", "/users/{id}"))
    with pytest.raises(ApiError) as missing:
        router.match("GET", "/groups/1")
    assert missing.value.status == 404
    with pytest.raises(ApiError) as wrong:
        router.match("POST", "/users/1")
    assert (wrong.value.status, wrong.value.headers) == (405, {"Allow": "DELETE, GET"})


@pytest.mark.parametrize(
    ("raw", "schema", "value"),
    [
        ("42", {"type": "integer"}, 42),
        ("4.5", {"type": "number"}, 4.5),
        ("4", {"type": "number"}, 4),
        ("true", {"type": "boolean"}, True),
        ("null", {"type": ["integer", "null"]}, None),
        ("x42", {"type": "integer"}, "x42"),
        ("42", {"type": "string"}, "42"),
    ],
)
def test_coerce_reads_the_declared_type_or_keeps_the_text(
    raw: str, schema: dict[str, Any], value: Any
) -> None:
    assert coerce(raw, schema) == value


def test_query_forms() -> None:
    query = QueryParams("ids=1&ids=2&tags[team]=a&tags.role=b&page=3&extra=x")
    integer = {"type": "integer"}
    assert read_query(query, "ids", {"type": "array"}, "form", integer) == (True, [1, 2])
    assert read_query(query, "tags", {"type": "object"}, "deepObject", {}) == (
        True,
        {"team": "a", "role": "b"},
    )
    assert read_query(query, "page", integer, "form", {}) == (True, 3)
    assert read_query(query, "size", integer, "form", {}) == (False, None)
    declared = frozenset({"ids", "page", "tags[team]", "tags.role"})
    assert read_query(query, "filters", {"type": "object"}, "form", {}, declared) == (
        True,
        {"extra": "x"},
    )


def test_headers_are_typed_too() -> None:
    headers = Headers({"x-count": "7"})
    assert read_header(headers, "x-count", {"type": "integer"}) == (True, 7)
    assert read_header(headers, "x-other", {"type": "integer"}) == (False, None)
