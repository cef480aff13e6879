"""The BotBye mock's query builder on its own: the where evaluator (all 13 predicates, typed
fields, dotted paths, nested branches), order_by, the cursor codec and keyset pages, and a 400
for every malformed value — never another exception."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from specbench.bundle import load_bundle
from specbench.mock.apis.botbye.cursor import decode_cursor
from specbench.mock.apis.botbye.fields import Field, Fields
from specbench.mock.apis.botbye.order import Term, compile_order
from specbench.mock.apis.botbye.query import Query, compile_query, parse_json
from specbench.mock.apis.botbye.where import MAX_DEPTH, compile_where
from specbench.mock.errors import ApiError
from specbench.mock.schemas import SchemaCompiler
from specbench.openapi import deref
from specbench.pagination import paging_of
from specbench.pagination.keyset import KeysetPaging, encode_cursor
from tests.conftest import api_named

FIELDS = Fields(
    [
        Field(("id",), "string"),
        Field(("country",), "string"),
        Field(("remoteAddr",), "string"),
        Field(("serverPort",), "integer"),
        Field(("score",), "number"),
        Field(("isBanByRule",), "boolean"),
        Field(("geo",), "object"),
        Field(("geo", "city"), "string"),
        Field(("tags",), "array"),
    ]
)
ROWS: list[dict[str, Any]] = [
    {"id": "r1", "country": "DEU", "remoteAddr": "10.0.0.1", "serverPort": 443, "score": 0.5,
     "isBanByRule": True, "geo": {"city": "Berlin"}, "tags": []},
    {"id": "r2", "country": "FRA", "remoteAddr": "10.0.0.2", "serverPort": 80, "score": 1.5,
     "isBanByRule": False, "geo": {"city": "Paris"}},
    {"id": "r3", "country": "DEU", "remoteAddr": "192.168.1.9", "serverPort": 8443,
     "isBanByRule": False, "geo": {}},
    {"id": "r4", "country": None, "serverPort": 443, "score": 2.0, "isBanByRule": True},
]  # fmt: skip


def both(predicate: str, *operands: dict[str, Any]) -> dict[str, Any]:
    return {"predicate": predicate, "operands": list(operands)}


def selected(tree: dict[str, Any]) -> list[str]:
    test = compile_where(tree, FIELDS)
    return [row["id"] for row in ROWS if test(row)]


def leaf(field: str, predicate: str, value: str | None = None) -> dict[str, Any]:
    node = {"fieldPath": field, "predicate": predicate}
    return node if value is None else {**node, "value": value}


@pytest.mark.parametrize(
    ("tree", "expected"),
    [
        (leaf("country", "eq", "DEU"), ["r1", "r3"]),
        (leaf("country", "not_eq", "DEU"), ["r2"]),  # a null country matches neither
        (leaf("remoteAddr", "like", "0.0"), ["r1", "r2"]),
        (leaf("remoteAddr", "starts_with", "192."), ["r3"]),
        (leaf("serverPort", "gt", "443"), ["r3"]),
        (leaf("serverPort", "gte", "443"), ["r1", "r3", "r4"]),
        (leaf("serverPort", "lt", "443"), ["r2"]),
        (leaf("serverPort", "lte", "443"), ["r1", "r2", "r4"]),
        (leaf("score", "gte", "1.5"), ["r2", "r4"]),
        (leaf("country", "in", "FRA, DEU"), ["r1", "r2", "r3"]),
        (leaf("serverPort", "in", "80,8443"), ["r2", "r3"]),
        (leaf("country", "is_null"), ["r4"]),
        (leaf("country", "is_not_null"), ["r1", "r2", "r3"]),
        (leaf("score", "is_null"), ["r3"]),
        (leaf("isBanByRule", "eq", "true"), ["r1", "r4"]),
        (leaf("geo.city", "eq", "Paris"), ["r2"]),
        (leaf("geo.city", "is_null"), ["r3", "r4"]),
        (leaf("geo", "is_null"), ["r4"]),
        (leaf("tags", "is_not_null"), ["r1"]),
        (leaf("remote_addr", "like", "168"), ["r3"]),  # the seed's snake_case spelling
        (leaf("server_port", "eq", "80"), ["r2"]),
        (both("and", leaf("country", "eq", "DEU"), leaf("serverPort", "gt", "443")), ["r3"]),
        (
            both("or", leaf("country", "eq", "FRA"), leaf("isBanByRule", "eq", "true")),
            ["r1", "r2", "r4"],
        ),
        (
            both(
                "and",
                leaf("serverPort", "gte", "443"),
                both("or", leaf("country", "is_null"), leaf("geo.city", "eq", "Berlin")),
            ),
            ["r1", "r4"],
        ),
    ],
)  # fmt: skip
def test_where_predicates(tree: dict[str, Any], expected: list[str]) -> None:
    assert selected(tree) == expected


@pytest.mark.parametrize(
    ("tree", "message"),
    [
        (
            {**both("and", leaf("country", "eq", "DEU")), "value": "25"},
            "value should not be used in branches",
        ),
        (both("or"), "non-empty operands"),
        ({"predicate": "and"}, "non-empty operands"),
        ({**both("and", leaf("country", "eq", "x")), "fieldPath": "id"}, "fieldPath"),
        ({**both("and", leaf("country", "eq", "x")), "extra": 1}, "unknown member"),
        ({**leaf("country", "eq", "x"), "operands": []}, "only for branches"),
        ({**leaf("country", "eq", "x"), "extra": 1}, "unknown member"),
        (leaf("country", "near", "x"), "unknown predicate"),
        ({"fieldPath": "country", "value": "x"}, "unknown predicate"),
        (leaf("nowhere", "eq", "x"), "unknown fieldPath"),
        ({"fieldPath": 5, "predicate": "eq", "value": "x"}, "unknown fieldPath"),
        (leaf("country", "eq"), "needs a string value"),
        ({"fieldPath": "serverPort", "predicate": "eq", "value": 443}, "needs a string value"),
        (leaf("serverPort", "eq", "443.5"), "not a integer"),
        (leaf("serverPort", "in", "80,http"), "not a integer"),
        (leaf("score", "lt", "NaN"), "not a number"),
        (leaf("isBanByRule", "eq", "yes"), "not a boolean"),
        (leaf("serverPort", "like", "44"), "text fieldPath"),
        (leaf("isBanByRule", "gt", "false"), "cannot compare booleans"),
        (leaf("geo", "eq", "x"), "only takes is_null"),
        (["not", "an", "object"], "a node is an object"),
        ({"predicate": "and", "operands": ["x"]}, "a node is an object"),
    ],
)  # fmt: skip
def test_malformed_where_is_a_400(tree: Any, message: str) -> None:
    with pytest.raises(ApiError) as caught:
        compile_where(tree, FIELDS)
    assert caught.value.status == 400
    assert caught.value.message.startswith("Invalid where parameter: ")
    assert message in caught.value.message


def test_where_nested_too_deep_is_a_400() -> None:
    tree: dict[str, Any] = leaf("country", "eq", "DEU")
    for _ in range(MAX_DEPTH):
        tree = {"predicate": "and", "operands": [tree]}
    with pytest.raises(ApiError, match="nested deeper"):
        compile_where(tree, FIELDS)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "{",
        "{'a': 1}",
        '{"a": NaN}',
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 5000 + "1" + "}" * 5000,
    ],
)
def test_text_that_is_not_json_is_a_400(raw: str) -> None:
    with pytest.raises(ApiError) as caught:
        parse_json("where", raw)
    assert caught.value.status == 400


def _paging() -> KeysetPaging:
    """The keyset paging the BotBye spec declares for its request lists."""
    document = load_bundle(api_named("botbye"))
    node = document["paths"]["/api/v1/{account_id}/projects/{project_id}/requests"]["get"]
    paging = paging_of(node)
    assert isinstance(paging, KeysetPaging)
    return paging


PAGING = _paging()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"after": "a", "before": "b"}, "either after or before"),
        ({"first": 101}, "between 1 and 100"),
        ({"first": "20"}, "integer"),
        ([{"first": 1}], "expected an object"),
    ],
)
def test_malformed_cursor_is_a_400(value: Any, message: str) -> None:
    """The keyset style reads the cursor (tests/pagination); the query builder answers 400."""
    with pytest.raises(ApiError) as caught:
        keyset(cursor=value)
    assert caught.value.status == 400
    assert caught.value.message.startswith("Invalid cursor parameter: ")
    assert message in caught.value.message


def test_cursor_sizes_come_from_the_spec() -> None:
    assert (PAGING.page_size, PAGING.max_page_size) == (20, 100)
    assert keyset().page == PAGING.request({})


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([], "non-empty array"),
        ({"fieldPath": "id", "direction": "ASC"}, "non-empty array"),
        ([{"fieldPath": "id"}], "exactly {fieldPath, direction}"),
        ([{"fieldPath": "id", "direction": "ASC", "nulls": "last"}], "exactly"),
        ([{"fieldPath": "id", "direction": "asc"}], "is not ASC or DESC"),
        ([{"fieldPath": "nowhere", "direction": "ASC"}], "unknown fieldPath"),
        ([{"fieldPath": "tags", "direction": "ASC"}], "cannot order by"),
    ],
)
def test_malformed_order_by_is_a_400(value: Any, message: str) -> None:
    with pytest.raises(ApiError) as caught:
        compile_order(value, FIELDS)
    assert caught.value.status == 400 and message in caught.value.message


def test_cursor_codec() -> None:
    terms = [
        Term(FIELDS.get("order_by", "serverPort"), True),
        Term(FIELDS.get("order_by", "id"), False),
    ]
    token = encode_cursor([443, "r1"])
    assert decode_cursor(token, terms) == [443, "r1"]
    assert decode_cursor(encode_cursor([None, "r4"]), terms) == [None, "r4"]
    # The vendor's own form: Base64 of `value,value`, read as the fields' types.
    vendor = base64.b64encode(b"8443,r3").decode()
    assert decode_cursor(vendor, terms) == [8443, "r3"]
    for junk in ("", "%%%", "bm90IGpzb24", base64.b64encode(b"\xff\xfe").decode(),
                 encode_cursor([443]), encode_cursor([443, "r1", "extra"]),
                 encode_cursor([[1], "r1"]), base64.b64encode(b"x,r1").decode(),
                 base64.b64encode(b'{"a":1}').decode()):  # fmt: skip
        assert decode_cursor(junk, terms) is None, junk


def keyset(order: list[dict[str, str]] | None = None, **params: Any) -> Query:
    query = {"order_by": json.dumps(order)} if order else {}
    query.update({name: json.dumps(value) for name, value in params.items() if name != "total"})
    if "total" in params:
        query["total"] = params["total"]
    return compile_query(query, FIELDS, (("serverPort", "DESC"),), ("id",), paging=PAGING)


def node_ids(page: dict[str, Any]) -> list[str]:
    return [edge["node"]["id"] for edge in page["edges"]]


def test_order_nulls_and_tiebreak() -> None:
    # serverPort DESC by default, ties (r1, r4 on 443) by id ascending.
    assert [r["id"] for r in keyset().select(ROWS)] == ["r3", "r1", "r4", "r2"]
    by_score = [{"fieldPath": "score", "direction": "ASC"}]
    assert [r["id"] for r in keyset(by_score).select(ROWS)] == ["r1", "r2", "r4", "r3"]
    by_score[0]["direction"] = "DESC"
    assert [r["id"] for r in keyset(by_score).select(ROWS)] == ["r3", "r4", "r2", "r1"]
    by_city = [{"fieldPath": "geo.city", "direction": "ASC"}]
    assert [r["id"] for r in keyset(by_city).select(ROWS)] == ["r1", "r2", "r3", "r4"]


def test_keyset_pages_forward_and_back() -> None:
    order = [{"fieldPath": "country", "direction": "ASC"}]  # DEU, DEU, FRA, null: ties by id
    first = keyset(order, cursor={"first": 2}, total=True).connection(ROWS)
    assert node_ids(first) == ["r1", "r3"]
    assert first["pageInfo"] == {
        "hasPreviousPage": False,
        "hasNextPage": True,
        "startCursor": first["edges"][0]["cursor"],
        "endCursor": first["edges"][1]["cursor"],
        "total": 4,
    }
    after = first["pageInfo"]["endCursor"]
    second = keyset(order, cursor={"first": 2, "after": after}).connection(ROWS)
    assert node_ids(second) == ["r2", "r4"]
    assert second["pageInfo"]["hasPreviousPage"] and not second["pageInfo"]["hasNextPage"]
    assert second["pageInfo"]["total"] == -1
    before = second["pageInfo"]["startCursor"]
    back = keyset(order, cursor={"last": 3, "before": before}).connection(ROWS)
    assert node_ids(back) == ["r1", "r3"]
    assert not back["pageInfo"]["hasPreviousPage"] and back["pageInfo"]["hasNextPage"]
    tail = keyset(order, cursor={"last": 1}).connection(ROWS)
    assert node_ids(tail) == ["r4"] and tail["pageInfo"]["hasPreviousPage"]
    # A cursor stays valid when its item is gone: keyset positions are values, not offsets.
    assert node_ids(keyset(order, cursor={"after": after}).connection(ROWS[:2] + ROWS[3:])) == [
        "r2",
        "r4",
    ]


def test_unknown_cursor_gives_an_empty_page() -> None:
    page = keyset(cursor={"after": "not-a-cursor"}, total=True).connection(ROWS)
    assert page["edges"] == [] and page["pageInfo"]["total"] == 4
    assert not page["pageInfo"]["hasNextPage"] and page["pageInfo"]["endCursor"] is None


def test_fields_come_from_the_spec_with_dotted_paths_and_aliases() -> None:
    document = load_bundle(api_named("botbye"))
    fields = Fields.from_schema(document, {"$ref": "#/components/schemas/Project"})
    assert fields.get("where", "phishingInfo.originalUrl").kind == "string"
    assert fields.get("where", "phishing_info.original_url").name == "phishingInfo.originalUrl"
    assert fields.get("where", "rules.order").kind == "array"
    assert fields.get("where", "isProtected").kind == "boolean"
    requests = Fields.from_schema(document, {"$ref": "#/components/schemas/Request"})
    assert requests.get("where", "server_port").kind == "integer"
    assert requests.get("where", "remote_addr").name == "remoteAddr"


def test_the_specs_query_builder_examples_fit_their_json_schemas() -> None:
    """The parameters are strings carrying JSON: their examples must be JSON of the shape that
    `contentSchema` names (validators skip it, so this test does not)."""
    document = load_bundle(api_named("botbye"))
    compiler = SchemaCompiler(document)
    checked = 0
    for name in ("Cursor", "Where", "OrderBy"):
        parameter = document["components"]["parameters"][name]
        validator = compiler.compile(parameter["schema"]["contentSchema"])
        for example in parameter["examples"].values():
            value = json.loads(deref(document, example)["value"])
            assert validator.errors(value) == [], (name, value)
            checked += 1
    assert checked >= 5
