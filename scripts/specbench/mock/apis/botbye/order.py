"""BotBye's `order_by` terms and the total order they put items in (nulls as PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from specbench.mock.apis.botbye.fields import SCALARS, Field, Fields
from specbench.mock.errors import invalid_parameter


@dataclass(frozen=True)
class Term:
    field: Field
    descending: bool


def compile_order(value: Any, fields: Fields) -> list[Term]:
    """The sort terms of an `order_by` array."""
    if not isinstance(value, list) or not value:
        raise invalid_parameter("order_by", "expected a non-empty array of {fieldPath, direction}")
    terms = []
    for term in value:
        if not isinstance(term, dict) or set(term) != {"fieldPath", "direction"}:
            raise invalid_parameter("order_by", "each term is exactly {fieldPath, direction}")
        if term["direction"] not in ("ASC", "DESC"):
            raise invalid_parameter(
                "order_by", f"direction {term['direction']!r} is not ASC or DESC"
            )
        field = fields.get("order_by", term["fieldPath"])
        if field.kind not in SCALARS:
            raise invalid_parameter("order_by", f"cannot order by fieldPath {field.name!r}")
        terms.append(Term(field, term["direction"] == "DESC"))
    return terms


def _rank(value: Any) -> tuple[Any, ...]:
    """A total order over JSON scalars: numbers, then text, then anything else; null last."""
    if value is None:
        return (1,)
    if isinstance(value, (bool, int, float)):
        return (0, 0, float(value) if isinstance(value, float) else int(value))
    if isinstance(value, str):
        return (0, 1, value)
    return (0, 2, json.dumps(value, sort_keys=True))


def compare_keys(left: Sequence[Any], right: Sequence[Any], terms: Sequence[Term]) -> int:
    """-1, 0 or 1: how two sort keys (one value per term) compare under the terms."""
    for a, b, term in zip(left, right, terms, strict=True):
        ra, rb = _rank(a), _rank(b)
        if ra != rb:
            result = -1 if ra < rb else 1
            return -result if term.descending else result
    return 0
