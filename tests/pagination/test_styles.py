"""Each pagination style, on plain lists and query dicts: no HTTP, no mock, no spec."""

from __future__ import annotations

from typing import Any

import pytest

from specbench.pagination import STYLES, paging_of
from specbench.pagination.cursor import CursorPaging, decode_cursor, encode_cursor
from specbench.pagination.offset import OffsetPaging
from specbench.pagination.page import PagePaging
from specbench.pagination.pages import PagesPaging

ITEMS = list(range(45))


def _cursor() -> CursorPaging:
    declared = {"style": "cursor", "cursorParam": "nextToken", "nextCursor": "meta.nextToken"}
    paging = paging_of({"x-specbench-pagination": {**declared, "items": "users", "pageSize": 20}})
    assert isinstance(paging, CursorPaging)
    return paging


def test_cursor_pages_follow_each_other_without_gaps() -> None:
    paging = _cursor()
    seen: list[int] = []
    query: dict[str, Any] = {}
    while True:
        reply = paging.page(ITEMS, query, paging.default_size(None))
        seen.extend(reply["users"])
        token = reply["meta"].get("nextToken")
        if token is None:
            break
        query = {"nextToken": token}
    assert seen == ITEMS
    assert paging.page(ITEMS, {}, 20)["meta"]["nextToken"] == encode_cursor(20)


def test_a_cursor_the_mock_never_issued_is_an_empty_last_page() -> None:
    reply = _cursor().page(ITEMS, {"nextToken": "not-ours"}, 20)
    assert reply == {"users": [], "meta": {}}
    assert decode_cursor("%%%") > len(ITEMS)


def test_page_numbers_with_meta() -> None:
    paging = PagePaging("cur_page", "per_page", "users", "meta")
    reply = paging.page(ITEMS, {"cur_page": 3, "per_page": 20}, 10)
    assert reply["users"] == ITEMS[40:]
    assert reply["meta"] == {
        "perPage": 20,
        "totalPages": 3,
        "totalResults": 45,
        "curPage": 3,
        "nextPage": None,
    }
    assert paging.page(ITEMS, {}, 10)["meta"]["nextPage"] == 2


def test_pages_count_and_current() -> None:
    paging = PagesPaging("current", "size", "data", "current", "pages")
    assert paging.page(ITEMS, {"current": 2, "size": 40}, 10) == {
        "data": ITEMS[40:],
        "current": 2,
        "pages": 2,
    }


def test_offset_says_whether_more_follow() -> None:
    paging = OffsetPaging("sys_offset", "sys_limit", "queryResult", "hasMore")
    assert paging.page(ITEMS, {"sys_offset": 40}, 10) == {
        "queryResult": ITEMS[40:],
        "hasMore": False,
    }
    assert paging.page(ITEMS, {"sys_limit": 5}, 10)["hasMore"] is True


def test_default_size_prefers_the_parameter_default() -> None:
    paging = PagePaging("cur_page", "per_page", "users", "meta")
    assert paging.default_size(15) == 15
    with pytest.raises(ValueError, match="no default page size"):
        paging.default_size(None)


@pytest.mark.parametrize(
    ("declared", "entry"),
    [
        (
            {"style": "cursor", "cursorParam": "nextToken", "nextCursor": "meta.nextToken"},
            {"param": "nextToken", "next": ["meta", "next_token"]},
        ),
        (
            {"style": "pages", "pageParam": "current", "sizeParam": "size"}
            | {"current": "current", "pages": "pages"},
            {"param": "current", "current": "current", "pages": "pages"},
        ),
        (
            {"style": "offset", "offsetParam": "sys_offset", "sizeParam": "sys_limit"}
            | {"more": "hasMore"},
            {"param": "sys_offset", "more": "has_more", "unit": "item"},
        ),
    ],
)
def test_client_entries_name_the_generated_attributes(
    declared: dict[str, Any], entry: dict[str, Any]
) -> None:
    paging = paging_of({"x-specbench-pagination": {**declared, "items": "things"}})
    assert paging is not None
    assert paging.client_entry() == {"style": declared["style"], "items": "things", **entry}


def test_every_style_is_known_and_unknown_ones_fail() -> None:
    assert set(STYLES) == {"cursor", "page", "pages", "offset", "keyset"}
    with pytest.raises(ValueError, match="unknown pagination style"):
        paging_of({"x-specbench-pagination": {"style": "scroll", "items": "x"}})
    assert paging_of({}) is None


def test_an_offset_may_count_pages() -> None:
    declared = {"style": "offset", "offsetParam": "offset", "offsetUnit": "page"}
    paging = paging_of(
        {"x-specbench-pagination": {**declared, "sizeParam": "size", "more": "more", "items": "l"}}
    )
    assert isinstance(paging, OffsetPaging)
    assert paging.page(ITEMS, {"offset": 2, "size": 20}, 50) == {"l": ITEMS[40:], "more": False}
    assert paging.client_entry()["unit"] == "page"


def test_answer_members_are_named_as_the_generator_names_attributes() -> None:
    declared = {"style": "cursor", "cursorParam": "next", "nextCursor": "next", "items": "all"}
    paging = paging_of({"x-specbench-pagination": declared})
    assert paging is not None
    assert paging.client_entry()["next"] == ["next_"]
