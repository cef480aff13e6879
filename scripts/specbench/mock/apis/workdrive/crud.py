"""The four operations most WorkDrive resources have: list/create/update/delete<Name>."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from specbench.mock.behaviours.call import Behaviour, Call
from specbench.mock.behaviours.crud import Create, Delete, Extra, Resource, Update
from specbench.mock.behaviours.lists import ListItems

Changed = Callable[[Call, dict[str, Any]], Mapping[str, Any]]


def crud(
    name: str,
    resource: Resource,
    *,
    listing: ListItems | None = None,
    created: Extra | None = None,
    changed: Changed | None = None,
) -> dict[str, Behaviour]:
    """list/create/update/delete<Name> over one collection, answers without an envelope;
    `created`/`changed` add what a create/update derives, `listing` replaces the plain list."""
    plural = "" if name.endswith("s") else "s"
    return {
        f"list{name}{plural}": listing or ListItems(resource),
        f"create{name}": Create(resource, None, extra=created, lenient=True),
        f"update{name}": Update(resource, None, lenient=True, extra=changed),
        f"delete{name}": Delete(resource),
    }
