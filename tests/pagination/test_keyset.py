"""The keyset style on its own: reading the cursor parameter, the cursor codec, and the pages of
a generic list (items placed by their `id`); the BotBye query language on top of it is tested
in tests/mock/test_botbye_query.py."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from specbench.pagination import paging_of
from specbench.pagination.base import PagingError
from specbench.pagination.keyset import KeysetPaging, PageRequest, decode_cursor, encode_cursor

DECLARED = {
    "style": "keyset",
    "cursorParam": "cursor",
    "firstField": "first",
    "afterField": "after",
    "lastField": "last",
    "beforeField": "before",
    "totalParam": "total",
    "items": "edges",
    "node": "node",
    "itemCursor": "cursor",
    "nextCursor": "pageInfo.endCursor",
    "previousCursor": "pageInfo.startCursor",
    "hasNextPage": "pageInfo.hasNextPage",
    "hasPreviousPage": "pageInfo.hasPreviousPage",
    "total": "pageInfo.total",
    "pageSize": 20,
    "maxPageSize": 100,
}


def _paging(**changes: Any) -> KeysetPaging:
    paging = paging_of({"x-specbench-pagination": {**DECLARED, **changes}})
    assert isinstance(paging, KeysetPaging)
    return paging


PAGING = _paging()
ITEMS = [{"id": f"i{n}"} for n in range(7)]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"after": "a", "before": "b"}, "either after or before"),
        ({"first": 5, "last": 5}, "either first or last"),
        ({"first": 5, "before": "b"}, "use last with before"),
        ({"last": 5, "after": "a"}, "use first with after"),
        ({"first": 0}, "between 1 and 100"),
        ({"first": 101}, "between 1 and 100"),
        ({"last": -1}, "between 1 and 100"),
        ({"first": 1.5}, "integer"),
        ({"first": True}, "integer"),
        ({"first": "20"}, "integer"),
        ({"after": 7}, "must be a string"),
        ([{"first": 1}], "expected an object {first, after, last, before}"),
        ("first", "expected an object"),
    ],
)
def test_malformed_cursor_parameter(value: Any, message: str) -> None:
    with pytest.raises(PagingError) as caught:
        PAGING.request(value)
    assert caught.value.parameter == "cursor" and message in caught.value.message


def test_cursor_parameter_pairs() -> None:
    assert PAGING.request({}) == PageRequest(20, False, None)
    assert PAGING.request({}, 7) == PageRequest(7, False, None)
    assert PAGING.request({"first": 100, "after": "x"}) == PageRequest(100, False, "x")
    assert PAGING.request({"last": 1}) == PageRequest(1, True, None)
    assert PAGING.request({"before": "y"}) == PageRequest(20, True, "y")
    assert PAGING.request({"first": 3.0, "extra": "ignored"}) == PageRequest(3, False, None)


def test_the_declaration_names_the_fields_and_limits() -> None:
    paging = _paging(firstField="take", afterField="from", maxPageSize=5)
    assert paging.request({"take": 5, "from": "x"}) == PageRequest(5, False, "x")
    with pytest.raises(PagingError, match="between 1 and 5"):
        paging.request({"take": 6})
    with pytest.raises(PagingError, match="use either from or before"):
        paging.request({"from": "x", "before": "y"})


def test_cursor_codec() -> None:
    token = encode_cursor([443, "r1"])
    assert json.loads(base64.b64decode(token)) == [443, "r1"]
    assert decode_cursor(token, 2) == [443, "r1"]
    assert decode_cursor(encode_cursor([None, "é"]), 2) == [None, "é"]
    for junk in ("", "%%%", base64.b64encode(b"\xff").decode(), encode_cursor([1]),
                 encode_cursor([[1], "r1"]), base64.b64encode(b'{"a":1}').decode(),
                 base64.b64encode(b"[NaN, 1]").decode()):  # fmt: skip
        assert decode_cursor(junk, 2) is None, junk
    # Text that is not JSON goes to the API's own form, when it has one.
    other = base64.b64encode(b"8443,r3").decode()
    assert decode_cursor(other, 2) is None
    assert decode_cursor(other, 2, lambda text: text.split(",")) == ["8443", "r3"]


def ids(reply: dict[str, Any]) -> list[str]:
    return [edge["node"]["id"] for edge in reply["edges"]]


def test_generic_pages_forward_and_back() -> None:
    first = PAGING.page(ITEMS, {"cursor": {"first": 3}, "total": True}, 20)
    assert ids(first) == ["i0", "i1", "i2"]
    info = first["pageInfo"]
    assert info == {
        "hasPreviousPage": False,
        "hasNextPage": True,
        "startCursor": first["edges"][0]["cursor"],
        "endCursor": first["edges"][2]["cursor"],
        "total": 7,
    }
    second = PAGING.page(ITEMS, {"cursor": {"first": 3, "after": info["endCursor"]}}, 20)
    assert ids(second) == ["i3", "i4", "i5"]
    assert second["pageInfo"]["hasPreviousPage"] and second["pageInfo"]["hasNextPage"]
    assert second["pageInfo"]["total"] == -1  # not asked for
    start = second["pageInfo"]["startCursor"]
    back = PAGING.page(ITEMS, {"cursor": {"last": 2, "before": start}}, 20)
    assert ids(back) == ["i1", "i2"]
    assert back["pageInfo"]["hasPreviousPage"] and back["pageInfo"]["hasNextPage"]
    tail = PAGING.page(ITEMS, {"cursor": json.dumps({"last": 2})}, 20)  # JSON text, as sent
    assert ids(tail) == ["i5", "i6"] and not tail["pageInfo"]["hasNextPage"]


def test_generic_cursor_keeps_its_place_when_items_come_and_go() -> None:
    first = PAGING.page(ITEMS, {"cursor": {"first": 2}}, 20)
    after = first["pageInfo"]["endCursor"]
    grown = [{"id": "new"}, *ITEMS]  # an item added in front shifts no page
    assert ids(PAGING.page(grown, {"cursor": {"first": 2, "after": after}}, 20)) == ["i2", "i3"]
    # A generic list places a cursor by its item's id: once that item is gone, the cursor is
    # unknown (an empty last page), as any cursor the mock never issued.
    without = [*ITEMS[:1], *ITEMS[2:]]
    assert ids(PAGING.page(without, {"cursor": {"first": 2, "after": after}}, 20)) == []


def test_generic_unknown_cursor_and_default_size() -> None:
    empty = PAGING.page(ITEMS, {"cursor": {"after": "not-a-cursor"}, "total": True}, 20)
    assert empty == {
        "edges": [],
        "pageInfo": {
            "hasPreviousPage": False,
            "hasNextPage": False,
            "startCursor": None,
            "endCursor": None,
            "total": 7,
        },
    }
    assert ids(PAGING.page(ITEMS, {}, 4)) == ["i0", "i1", "i2", "i3"]
    with pytest.raises(PagingError, match="not valid JSON"):
        PAGING.page(ITEMS, {"cursor": "{"}, 20)
