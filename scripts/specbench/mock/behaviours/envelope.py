"""Where an operation's answer holds its resource: inside an envelope member, or as the answer
itself."""

from __future__ import annotations

from typing import Any

from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import resolve


def item_schema(op: CompiledOperation, envelope: str | None) -> dict[str, Any]:
    """The schema of the resource an operation answers with (inside `envelope` if given)."""
    schema = op.success_schema()
    if envelope is not None:
        schema = resolve(op.document, schema.get("properties", {}).get(envelope, {}))
    return schema


def wrap(envelope: str | None, item: dict[str, Any]) -> dict[str, Any]:
    """The answer carrying `item`: inside `{envelope: …}`, or the item itself."""
    return item if envelope is None else {envelope: item}
