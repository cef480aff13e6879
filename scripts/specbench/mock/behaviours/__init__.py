"""Generic resource behaviours (create, read, list, update, delete …) that specs map onto.

A behaviour serves one operation. Each mock makes its own behaviours (`Vendor.behaviours` is a
factory, see `per_mock`), binds each once to its compiled operation (to learn the resource schema
from the success response) and then calls it with each request's typed input. No behaviour object
is shared by two mocks, so nothing one mock learns or keeps reaches another.

- `call`: what a behaviour is and receives (`Call`, `Behaviour`, `Unbound`, `per_mock`);
- `ids`: fresh identifiers in the vendor's style;
- `envelope`: where an answer holds its resource;
- `items`: building, updating, matching and checking one stored item;
- `paging`: one page of a list, as the operation's pagination extension says;
- `crud`: create, read, update, delete and get-or-create;
- `lists`: filtered, paged lists;
- `example`: the documented example, for operations with no declared behaviour.
"""

from specbench.mock.behaviours.call import Behaviour, Behaviours, Call, Reply, Unbound, per_mock
from specbench.mock.behaviours.crud import (
    Create,
    Delete,
    Extra,
    GetOrCreate,
    Read,
    Resource,
    Update,
)
from specbench.mock.behaviours.envelope import item_schema, wrap
from specbench.mock.behaviours.example import Example
from specbench.mock.behaviours.ids import UUID, new_id
from specbench.mock.behaviours.items import FieldFit, ItemGuard, build_item, matches, merge_fields
from specbench.mock.behaviours.lists import Filter, ListItems
from specbench.mock.behaviours.paging import paginate, paging_parameters

__all__ = [
    "UUID",
    "Behaviour",
    "Behaviours",
    "Call",
    "Create",
    "Delete",
    "Example",
    "Extra",
    "FieldFit",
    "Filter",
    "GetOrCreate",
    "ItemGuard",
    "ListItems",
    "Read",
    "Reply",
    "Resource",
    "Unbound",
    "Update",
    "build_item",
    "item_schema",
    "matches",
    "merge_fields",
    "new_id",
    "paginate",
    "paging_parameters",
    "per_mock",
    "wrap",
]
