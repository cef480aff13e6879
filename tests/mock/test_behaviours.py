"""The generic behaviours on their own: bound to the compiled operations of a small spec written
here and called with a `Call` directly — no HTTP, no vendor, no validation in front of them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from starlette.datastructures import Headers

from specbench.mock.behaviours import (
    UUID,
    Behaviour,
    Call,
    Create,
    Delete,
    Example,
    GetOrCreate,
    ListItems,
    Read,
    Resource,
    Update,
    new_id,
    per_mock,
)
from specbench.mock.errors import ApiError, Reason
from specbench.mock.operations import CompiledOperation, compile_operations
from specbench.mock.store import Store
from tests.pagination.test_keyset import DECLARED

WIDGET = {
    "type": "object",
    "required": ["id", "name", "size"],
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string", "maxLength": 8},
        "size": {"type": "integer", "default": 1},
        "colour": {"type": "string"},
        "tags": {"type": "object", "additionalProperties": {"type": "string"}},
        "createdAt": {"type": "string"},
        "updatedAt": {"type": "string"},
    },
}
WIDGET_INPUT = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "size": {"type": "integer"},
        "colour": {"type": ["string", "array"]},
        "tags": {"type": "object"},
    },
}


def _json(schema: Any, status: str = "200", **media: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": schema, **media}}
    return {status: {"description": "ok", "content": content}}


def _envelope(name: str, schema: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {name: schema}}


ONE = _envelope("widget", {"$ref": "#/components/schemas/Widget"})
MANY = {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}
BODY = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetIn"}}}}
ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
CURSOR_PAGES = {
    "style": "cursor",
    "cursorParam": "nextToken",
    "nextCursor": "meta.nextToken",
    "items": "widgets",
    "pageSize": 2,
}
KEYSET_PAGES = {**DECLARED, "pageSize": 2, "maxPageSize": 10}
CONNECTION = {
    "type": "object",
    "properties": {
        "edges": {
            "type": "array",
            "items": _envelope("node", {"$ref": "#/components/schemas/Widget"}),
        },
        "pageInfo": {"type": "object"},
    },
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1"},
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "listWidgets",
                "x-specbench-pagination": CURSOR_PAGES,
                "parameters": [
                    {"name": "nextToken", "in": "query", "schema": {"type": "string"}},
                    {"name": "name", "in": "query", "schema": {"type": "string"}},
                    {"name": "tags", "in": "query", "schema": {"type": "object"}},
                ],
                "responses": _json(
                    {
                        "type": "object",
                        "properties": {
                            "widgets": MANY,
                            "meta": _envelope("nextToken", {"type": "string"}),
                        },
                    }
                ),
            },
            "post": {
                "operationId": "createWidget",
                "requestBody": BODY,
                "responses": _json(ONE, "201"),
            },
            "put": {
                "operationId": "getOrCreateWidget",
                "requestBody": BODY,
                "responses": _json(ONE),
            },
        },
        "/widgets/{id}": {
            "parameters": ID,
            "get": {"operationId": "getWidget", "responses": _json(ONE)},
            "patch": {"operationId": "updateWidget", "requestBody": BODY, "responses": _json(ONE)},
            "delete": {"operationId": "deleteWidget", "responses": _json({"type": "object"})},
        },
        "/all-widgets": {"get": {"operationId": "listAllWidgets", "responses": _json(MANY)}},
        "/widget-edges": {
            "get": {
                "operationId": "listWidgetEdges",
                "x-specbench-pagination": KEYSET_PAGES,
                "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                "responses": _json(CONNECTION),
            }
        },
        "/status": {
            "get": {
                "operationId": "getStatus",
                "responses": _json(
                    {"type": "object", "properties": {"up": {"type": "boolean"}}},
                    example={"up": True},
                ),
            }
        },
    },
    "components": {"schemas": {"Widget": WIDGET, "WidgetIn": WIDGET_INPUT}},
}
OPS = {op.operation_id: op for op in compile_operations(SPEC)}
WIDGETS = Resource("widgets", "wid_")


def bound(behaviour: Behaviour, operation_id: str) -> Behaviour:
    behaviour.bind(OPS[operation_id])
    return behaviour


class Mock:
    """One store and the behaviours bound to it, called as the engine would call them."""

    def __init__(self, behaviours: Mapping[str, Behaviour]) -> None:
        self.store = Store()
        self.behaviours = dict(behaviours)
        for operation_id, behaviour in self.behaviours.items():
            behaviour.bind(OPS[operation_id])

    def call(
        self,
        operation_id: str,
        body: Any = None,
        path: dict[str, Any] | None = None,
        **query: Any,
    ) -> tuple[int, Any]:
        op: CompiledOperation = OPS[operation_id]
        call = Call(op, path or {}, query, Headers({}), body, self.store)
        return self.behaviours[operation_id](call)


def widgets() -> dict[str, Behaviour]:
    return {
        "createWidget": Create(WIDGETS, "widget"),
        "getWidget": Read(WIDGETS, "widget"),
        "updateWidget": Update(WIDGETS, "widget", merge_maps=("tags",)),
        "deleteWidget": Delete(WIDGETS),
        "listWidgets": ListItems(WIDGETS),
        "listAllWidgets": ListItems(WIDGETS),
        "listWidgetEdges": ListItems(WIDGETS),
        "getOrCreateWidget": GetOrCreate(WIDGETS, "widget", match=("name",)),
        "getStatus": Example(),
    }


@pytest.fixture
def mock() -> Iterator[Mock]:
    made = Mock(per_mock(widgets())())
    yield made
    made.store.close()


def create(mock: Mock, name: str, **fields: Any) -> dict[str, Any]:
    status, answer = mock.call("createWidget", {"name": name, **fields})
    assert status == 201
    item: dict[str, Any] = answer["widget"]
    return item


def test_create_builds_defaults_id_and_dates_and_stores_the_item(mock: Mock) -> None:
    status, answer = mock.call("createWidget", {"name": "bolt", "tags": {"k": "v"}, "x": 1})
    assert status == 201
    item = answer["widget"]
    assert re.fullmatch(r"wid_[A-Z2-7]{26}", item["id"])
    assert item["name"] == "bolt" and item["size"] == 1  # a required field's default
    assert item["tags"] == {"k": "v"} and "x" not in item  # undeclared fields are dropped
    assert item["createdAt"] == item["updatedAt"]
    assert mock.store.get("widgets", item["id"]) == item


def test_create_refuses_a_body_that_makes_an_invalid_resource(mock: Mock) -> None:
    with pytest.raises(ApiError) as caught:
        mock.call("createWidget", {"name": "far too long"})
    assert caught.value.status == 400 and caught.value.reason == Reason.INVALID_RESOURCE
    assert mock.store.items("widgets") == []


def test_a_lenient_create_keeps_only_the_fields_that_fit() -> None:
    lenient = Mock({"createWidget": Create(WIDGETS, "widget", lenient=True)})
    _, answer = lenient.call("createWidget", {"name": "bolt", "colour": ["red"]})
    assert answer["widget"]["name"] == "bolt" and "colour" not in answer["widget"]
    with pytest.raises(ApiError):  # strict: the same body is refused
        Mock({"createWidget": Create(WIDGETS, "widget")}).call(
            "createWidget", {"name": "bolt", "colour": ["red"]}
        )


def test_read_answers_the_stored_item_or_404(mock: Mock) -> None:
    item = create(mock, "bolt")
    assert mock.call("getWidget", path={"id": item["id"]}) == (200, {"widget": item})
    with pytest.raises(ApiError) as caught:
        mock.call("getWidget", path={"id": "wid_missing"})
    assert caught.value.status == 404 and "wid_missing" in caught.value.message


def test_update_replaces_fields_and_merges_maps(mock: Mock) -> None:
    item = create(mock, "bolt", tags={"keep": "1", "drop": "2"})
    status, answer = mock.call(
        "updateWidget", {"size": 3, "tags": {"drop": "", "new": "3"}}, {"id": item["id"]}
    )
    updated = answer["widget"]
    assert status == 200 and updated["size"] == 3 and updated["name"] == "bolt"
    assert updated["tags"] == {"keep": "1", "new": "3"}  # "" unsets a key of a merged map
    assert updated["createdAt"] == item["createdAt"] and updated["updatedAt"] >= item["updatedAt"]
    assert mock.store.get("widgets", item["id"]) == updated
    with pytest.raises(ApiError) as invalid:
        mock.call("updateWidget", {"name": "far too long"}, {"id": item["id"]})
    assert invalid.value.status == 400
    assert mock.store.get("widgets", item["id"]) == updated
    with pytest.raises(ApiError) as missing:
        mock.call("updateWidget", {"size": 1}, {"id": "wid_missing"})
    assert missing.value.status == 404


def test_delete_removes_then_404s_and_cascades() -> None:
    gone: list[str] = []
    mock = Mock(
        {
            "createWidget": Create(WIDGETS, "widget"),
            "getWidget": Read(WIDGETS, "widget"),
            "deleteWidget": Delete(WIDGETS, cascade=lambda _call, key: gone.append(key)),
        }
    )
    item = create(mock, "bolt")
    assert mock.call("deleteWidget", path={"id": item["id"]}) == (200, {})
    assert gone == [item["id"]]
    for operation_id in ("getWidget", "deleteWidget"):
        with pytest.raises(ApiError) as caught:
            mock.call(operation_id, path={"id": item["id"]})
        assert caught.value.status == 404
    assert gone == [item["id"]]


def test_list_is_newest_first_filtered_and_paged(mock: Mock) -> None:
    names = ["a", "b", "c", "d", "e"]
    for name in names:
        create(mock, name, tags={"even": str(names.index(name) % 2 == 0)})
    status, first = mock.call("listWidgets")
    assert status == 200
    assert [w["name"] for w in first["widgets"]] == ["e", "d"]  # pageSize 2
    token = first["meta"]["nextToken"]
    _, second = mock.call("listWidgets", nextToken=token)
    assert [w["name"] for w in second["widgets"]] == ["c", "b"]
    _, last = mock.call("listWidgets", nextToken=second["meta"]["nextToken"])
    assert [w["name"] for w in last["widgets"]] == ["a"] and last["meta"] == {}
    _, named = mock.call("listWidgets", name="c")
    assert [w["name"] for w in named["widgets"]] == ["c"]
    _, tagged = mock.call("listWidgets", tags={"even": "True"})
    assert [w["name"] for w in tagged["widgets"]] == ["e", "c"]
    _, ignored = mock.call("listWidgets", name=None, tags={})  # empty values filter nothing
    assert [w["name"] for w in ignored["widgets"]] == ["e", "d"]


def test_an_unpaged_array_answer_is_the_list_itself(mock: Mock) -> None:
    for name in ("a", "b", "c"):
        create(mock, name)
    status, answer = mock.call("listAllWidgets")
    assert status == 200 and [w["name"] for w in answer] == ["c", "b", "a"]


def test_a_keyset_list_pages_through_the_generic_items(mock: Mock) -> None:
    for name in ("a", "b", "c"):
        create(mock, name)
    _, first = mock.call("listWidgetEdges")
    assert [edge["node"]["name"] for edge in first["edges"]] == ["c", "b"]
    assert first["pageInfo"]["hasNextPage"] and not first["pageInfo"]["hasPreviousPage"]
    after = first["pageInfo"]["endCursor"]
    _, second = mock.call("listWidgetEdges", cursor=f'{{"first": 2, "after": "{after}"}}')
    assert [edge["node"]["name"] for edge in second["edges"]] == ["a"]
    assert not second["pageInfo"]["hasNextPage"] and second["pageInfo"]["hasPreviousPage"]
    with pytest.raises(ApiError) as caught:
        mock.call("listWidgetEdges", cursor='{"first": 11}')
    assert caught.value.status == 400 and caught.value.reason == Reason.INVALID_QUERY
    assert caught.value.message == "Invalid cursor parameter: page size must be between 1 and 10"


def test_get_or_create_finds_by_the_match_fields(mock: Mock) -> None:
    _, made = mock.call("getOrCreateWidget", {"name": "bolt", "size": 2})
    _, found = mock.call("getOrCreateWidget", {"name": "bolt", "size": 5})
    assert found == made and mock.store.count("widgets") == 1
    _, other = mock.call("getOrCreateWidget", {"name": "nut"})
    assert other["widget"]["id"] != made["widget"]["id"] and mock.store.count("widgets") == 2


def test_example_answers_the_documented_example(mock: Mock) -> None:
    assert mock.call("getStatus") == (200, {"up": True})


def test_ids_are_reproducible_per_store_and_uuid_shaped_on_request() -> None:
    one, two = Store(), Store()
    first = [new_id(one, "wid_") for _ in range(3)]
    assert first == [new_id(two, "wid_") for _ in range(3)]
    assert len(set(first)) == 3
    assert uuid.UUID(new_id(one, UUID)).version == 4


def test_each_mock_has_its_own_behaviours_and_state() -> None:
    declared = widgets()
    factory = per_mock(declared)
    one, two = Mock(factory()), Mock(factory())
    for operation_id, behaviour in one.behaviours.items():
        assert behaviour is not two.behaviours[operation_id]
        assert behaviour is not declared[operation_id]
    template = declared["createWidget"]
    assert isinstance(template, Create) and template.guard is None  # never bound itself
    made = one.behaviours["getOrCreateWidget"]
    assert isinstance(made, GetOrCreate) and made.create.guard is not None
    item = create(one, "bolt")
    assert two.store.items("widgets") == []
    with pytest.raises(ApiError):
        two.call("getWidget", path={"id": item["id"]})
    assert create(two, "bolt")["id"] == item["id"]  # same ids, separate stores
