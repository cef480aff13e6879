"""The pagination rule on small documents: schema, query parameters and answer members."""

from __future__ import annotations

from typing import Any

from specbench.lint.rules import pagination

CURSOR = {
    "style": "cursor",
    "cursorParam": "nextToken",
    "nextCursor": "meta.nextToken",
    "items": "users",
}


def _document(declared: dict[str, Any], query: tuple[str, ...] = ("nextToken",)) -> dict[str, Any]:
    answer = {
        "type": "object",
        "properties": {
            "users": {"type": "array", "items": {}},
            "meta": {"$ref": "#/components/schemas/Meta"},
        },
    }
    return {
        "paths": {
            "/users": {
                "get": {
                    "x-specbench-pagination": declared,
                    "parameters": [{"name": n, "in": "query"} for n in query],
                    "responses": {"200": {"content": {"application/json": {"schema": answer}}}},
                }
            }
        },
        "components": {
            "schemas": {"Meta": {"type": "object", "properties": {"nextToken": {}}}},
        },
    }


def test_a_fitting_declaration_passes() -> None:
    assert list(pagination.check(_document(CURSOR))) == []


def test_a_declaration_that_breaks_the_schema_is_found() -> None:
    findings = list(pagination.check(_document({**CURSOR, "pageSize": 0})))
    assert len(findings) == 1
    assert "x-specbench-pagination is invalid" in findings[0][1]
    missing = {k: v for k, v in CURSOR.items() if k != "nextCursor"}
    assert len(list(pagination.check(_document(missing)))) == 1


def test_an_undeclared_paging_parameter_is_found() -> None:
    findings = list(pagination.check(_document(CURSOR, query=())))
    assert findings == [
        (
            "/paths/~1users/get/x-specbench-pagination",
            "GET /users pages with query parameter 'nextToken' but does not declare it",
        )
    ]


def test_an_answer_member_the_2xx_lacks_is_found() -> None:
    findings = list(pagination.check(_document({**CURSOR, "nextCursor": "meta.cursor"})))
    assert [message for _, message in findings] == [
        "GET /users pages by answer member 'meta.cursor', which its 2xx lacks"
    ]
