"""The mock reads a deepObject query parameter in the bracket form (`tags[k]=v`, what the
OpenAPI style says and our clients send) and in the dot form (`tags.k=v`, what the official
Botpress JavaScript client sends) into the same object."""

from __future__ import annotations

from starlette.datastructures import QueryParams

from specbench.mock.params import read_deep_object, read_query

STRING = {"type": "string"}


def test_bracket_and_dot_forms_read_alike() -> None:
    brackets = QueryParams("tags%5Bwhatsapp%3AuserId%5D=%2B1514&tags%5Bplan%5D=pro")
    dots = QueryParams("tags.whatsapp%3AuserId=%2B1514&tags.plan=pro")
    expected = {"whatsapp:userId": "+1514", "plan": "pro"}
    assert read_deep_object(brackets, "tags", STRING) == expected
    assert read_deep_object(dots, "tags", STRING) == expected


def test_forms_mix_and_other_keys_are_ignored() -> None:
    query = QueryParams("tags.a=1&tags[b]=2&tagsx=3&tags.=4&tags=5&nextToken=t")
    assert read_deep_object(query, "tags", STRING) == {"a": "1", "b": "2"}


def test_a_dot_form_key_keeps_its_own_dots() -> None:
    query = QueryParams("tags.integration.key=v")
    assert read_deep_object(query, "tags", STRING) == {"integration.key": "v"}


def test_read_query_reports_presence() -> None:
    schema = {"type": "object", "additionalProperties": STRING}
    assert read_query(QueryParams("tags.a=1"), "tags", schema, "deepObject", STRING) == (
        True,
        {"a": "1"},
    )
    assert read_query(QueryParams("a=1"), "tags", schema, "deepObject", STRING) == (False, {})
