"""Catalogues: resources the WorkDrive API lists but never creates (categories, templates,
courses, security groups). The mock stores the documented example items once, on first use, so
they can be read, deleted or given members like any other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from specbench.mock.behaviours import Call, Delete, ListItems, Reply, Resource
from specbench.mock.operations import CompiledOperation


@dataclass
class Catalogue:
    """The example items of one listing, stored on first use."""

    resource: Resource
    items: list[dict[str, Any]] = field(default_factory=list)

    def learn(self, op: CompiledOperation, items_key: str) -> None:
        example = op.success_example()
        found = example.get(items_key) if isinstance(example, dict) else None
        self.items = [item for item in found or [] if isinstance(item, dict) and "id" in item]

    def ensure(self, call: Call) -> None:
        marker = f"stocked:{self.resource.collection}"
        if call.store.get("catalogues", marker) is None:
            for item in self.items:
                call.store.put(self.resource.collection, str(item["id"]), item)
            call.store.put("catalogues", marker, {"done": True})


@dataclass
class CatalogueList(ListItems):
    """A listing over a catalogue (its items learnt from this operation's example)."""

    catalogue: Catalogue | None = None

    def bind(self, op: CompiledOperation) -> None:
        super().bind(op)
        if self.catalogue is not None:
            self.catalogue.learn(op, self.items_key or "items")

    def __call__(self, call: Call) -> Reply:
        if self.catalogue is not None:
            self.catalogue.ensure(call)
        return super().__call__(call)


@dataclass
class CatalogueDelete(Delete):
    """Delete from a catalogue."""

    catalogue: Catalogue | None = None

    def __call__(self, call: Call) -> Reply:
        if self.catalogue is not None:
            self.catalogue.ensure(call)
        return super().__call__(call)
