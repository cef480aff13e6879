"""Stored items as a list: newest first, filtered by query parameters, paged."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.behaviours.call import Call, Reply
from specbench.mock.behaviours.crud import Resource
from specbench.mock.behaviours.items import matches
from specbench.mock.behaviours.paging import paginate, paging_parameters
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import resolve

Filter = Callable[[Call, dict[str, Any], Any], bool]


@dataclass
class ListItems:
    """Answer stored items newest first, filtered by query parameters, one page at a time.

    A query parameter filters when it names a field of the items (equality, or subset for maps)
    or has a custom filter in `filters`; the pagination parameter never filters.
    """

    resource: Resource
    filters: Mapping[str, Filter] = field(default_factory=dict)
    parent_param: str | None = None
    items_key: str | None = None
    fields: frozenset[str] = frozenset()
    bare: bool = False

    def bind(self, op: CompiledOperation) -> None:
        self.items_key = self.items_key or (op.paging.items if op.paging else None)
        answer = op.success_schema()
        self.bare = answer.get("type") == "array"  # the answer is the list itself (WorkDrive SSOs)
        schema = answer if self.bare else answer.get("properties", {}).get(self.items_key or "", {})
        item = resolve(op.document, resolve(op.document, schema).get("items", {}))
        self.fields = frozenset(item.get("properties", {}))

    def ordered(self, call: Call, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The filtered items in the order the listing answers them (newest first here)."""
        return items

    def __call__(self, call: Call) -> Reply:
        parent = str(call.path[self.parent_param]) if self.parent_param else None
        items = list(reversed(call.store.items(self.resource.collection, parent)))
        paging = paging_parameters(call)
        for name, value in call.query.items():
            if name in paging or value in (None, [], {}):
                continue
            custom = self.filters.get(name)
            if custom is not None:
                items = [item for item in items if custom(call, item, value)]
            elif name in self.fields:
                items = [item for item in items if matches(item, {name: value})]
        items = self.ordered(call, items)
        if call.op.paging is None:
            return call.op.success_status, items if self.bare else {
                self.items_key or "items": items
            }
        return call.op.success_status, paginate(call, items, {})
