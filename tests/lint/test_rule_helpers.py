"""Unit checks of the rule helpers that decide verbs and reachability."""

from __future__ import annotations

from typing import Any

import pytest

from specbench.lint.rules.operation_ids import leading_verb
from specbench.lint.rules.unused_components import reachable_refs


@pytest.mark.parametrize(
    ("operation_id", "method", "verb"),
    [
        ("getOrCreateUser", "post", "getOrCreate"),
        ("getUser", "get", "get"),
        ("listUsers", "get", "list"),
        ("deleteTableRows", "post", "delete"),
        ("getUser", "post", None),
        ("setting", "post", None),
        ("removeParticipant", "delete", "remove"),
        ("createUser", "delete", None),
    ],
)
def test_leading_verb(operation_id: str, method: str, verb: str | None) -> None:
    assert leading_verb(operation_id, method) == verb


def test_reachability_follows_refs_between_components() -> None:
    document: dict[str, Any] = {
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}}},
        "components": {
            "responses": {"Ok": {"content": {"x": {"schema": {"$ref": "#/components/schemas/A"}}}}},
            "schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {}, "C": {}},
        },
    }
    used = reachable_refs(document)
    assert "#/components/schemas/B" in used
    assert "#/components/schemas/C" not in used
