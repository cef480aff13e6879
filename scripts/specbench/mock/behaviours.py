"""Generic resource behaviours (create, read, list, update, delete …) that specs map onto.

A behaviour serves one operation. Each mock makes its own behaviours (`Vendor.behaviours` is a
factory, see `per_mock`), binds each once to its compiled operation (to learn the resource schema
from the success response) and then calls it with each request's typed input. No behaviour object
is shared by two mocks, so nothing one mock learns or keeps reaches another.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from starlette.datastructures import Headers

from specbench.mock.errors import ApiError, Reason, not_found
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import now, resolve, synthesize
from specbench.mock.store import Store

Reply = tuple[int, Any]


@dataclass
class Call:
    """One validated request, as behaviours see it."""

    op: CompiledOperation
    path: dict[str, Any]
    query: dict[str, Any]
    headers: Headers
    body: Any
    store: Store


class Behaviour(Protocol):
    def bind(self, op: CompiledOperation) -> None: ...

    def __call__(self, call: Call) -> Reply: ...


class Unbound:
    """Base of the behaviours that need nothing from their operation before the first call."""

    def bind(self, op: CompiledOperation) -> None:
        """Nothing to prepare."""


Behaviours = Callable[[], Mapping[str, Behaviour]]


def per_mock(*declared: Mapping[str, Behaviour]) -> Behaviours:
    """A factory giving each mock its own copy of the declared behaviours (by operationId).

    The declarations stay unbound templates; every call deep-copies them all at once, so that
    objects two behaviours share (a list of example items, an inner `Create`) stay shared within
    one mock and are never shared between two.
    """
    merged: dict[str, Behaviour] = {}
    for mapping in declared:
        merged.update(mapping)

    def fresh() -> dict[str, Behaviour]:
        return copy.deepcopy(merged)

    return fresh


def new_id(store: Store, prefix: str) -> str:
    """A fresh identifier in the vendor's style: prefix + 26 upper-case base32 characters, or a
    UUID (version 4 layout) when `prefix` is `UUID`.

    Derived from the store's counter, so a fresh mock hands out the same ids in the same order
    (reproducible test runs) and a restarted one (`--db`) never repeats one.
    """
    number = store.next_number("ids")
    digest = hashlib.sha256(f"specbench-id:{number}".encode()).digest()
    if prefix == UUID:
        return str(uuid.UUID(bytes=digest[:16], version=4))
    return prefix + base64.b32encode(digest).decode()[:26]


UUID = "uuid"  # the `id_prefix` of resources whose ids are UUIDs


def item_schema(op: CompiledOperation, envelope: str | None) -> dict[str, Any]:
    """The schema of the resource an operation answers with (inside `envelope` if given)."""
    schema = op.success_schema()
    if envelope is not None:
        schema = resolve(op.document, schema.get("properties", {}).get(envelope, {}))
    return schema


def wrap(envelope: str | None, item: dict[str, Any]) -> dict[str, Any]:
    """The answer carrying `item`: inside `{envelope: …}`, or the item itself."""
    return item if envelope is None else {envelope: item}


class FieldFit:
    """Which request fields can be stored as they are: those valid against the resource's own
    property schema. A field whose request form differs from its stored form (an id list where
    the resource holds objects, a string where it holds an array) is not copied."""

    def __init__(self, op: CompiledOperation, schema: dict[str, Any]) -> None:
        self.validators = {
            name: op.compiler.compile(prop) for name, prop in schema.get("properties", {}).items()
        }

    def keep(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        return {
            name: value
            for name, value in fields.items()
            if name in self.validators and self.validators[name].is_valid(value)
        }


def build_item(
    call: Call, schema: dict[str, Any], fields: Mapping[str, Any], id_prefix: str
) -> dict[str, Any]:
    """A new resource: required defaults, then the given fields it declares, then id and dates."""
    properties = schema.get("properties", {})
    item: dict[str, Any] = synthesize(call.op.document, schema) or {}
    item.update({k: v for k, v in fields.items() if k in properties})
    if "id" in properties:
        item["id"] = new_id(call.store, id_prefix)
    stamp = now()
    for key in ("createdAt", "updatedAt"):
        if key in properties:
            item[key] = stamp
    return item


def merge_fields(
    item: dict[str, Any],
    fields: Mapping[str, Any],
    schema: dict[str, Any],
    merge_maps: Iterable[str] = (),
) -> dict[str, Any]:
    """Apply an update: declared fields replace, `merge_maps` fields merge key by key.

    In a merged map an empty-string value unsets the key (the Botpress tag rule).
    """
    properties = schema.get("properties", {})
    updated = dict(item)
    for key, value in fields.items():
        if key not in properties:
            continue
        if key in merge_maps and isinstance(value, dict):
            merged = dict(updated.get(key) or {})
            for name, entry in value.items():
                if entry == "":
                    merged.pop(name, None)
                else:
                    merged[name] = entry
            updated[key] = merged
        else:
            updated[key] = value
    if "updatedAt" in properties:
        updated["updatedAt"] = now()
    return updated


def matches(item: Mapping[str, Any], wanted: Mapping[str, Any]) -> bool:
    """Equality on scalars, subset on maps (every wanted key with the same value)."""
    for key, value in wanted.items():
        have = item.get(key)
        if isinstance(value, dict):
            if not isinstance(have, dict) or any(have.get(k) != v for k, v in value.items()):
                return False
        elif have != value:
            return False
    return True


class ItemGuard:
    """Rejects (400) a request whose valid body still yields an invalid resource."""

    def __init__(self, op: CompiledOperation, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.validator = op.compiler.compile(schema)

    def check(self, item: Any, kind: str | None = None) -> None:
        errors = self.validator.errors(item)
        if errors:
            raise ApiError(
                400,
                "The request would store an invalid resource: " + "; ".join(errors),
                kind,
                reason=Reason.INVALID_RESOURCE,
            )


# --- pagination -------------------------------------------------------------------------------


def paging_parameters(call: Call) -> frozenset[str]:
    """The query parameters that page rather than filter."""
    paging = call.op.paging
    return paging.query_parameters() if paging else frozenset()


def paginate(call: Call, items: list[Any], reply: dict[str, Any]) -> dict[str, Any]:
    """Put one page of `items` into `reply` as the operation's pagination extension says."""
    paging = call.op.paging
    if paging is None:
        raise ValueError(f"{call.op.operation_id} declares no pagination")
    size = paging.default_size(call.op.parameter_default(paging.size_param or ""))
    reply.update(paging.page(items, call.query, size))
    return reply


# --- generic behaviours ------------------------------------------------------------------------


@dataclass
class Resource:
    """A stored resource kind: its collection and the prefix of its ids."""

    collection: str
    id_prefix: str = ""


Extra = Callable[[Call], Mapping[str, Any]]


@dataclass
class Create:
    """Store a new item built from the body (plus `extra` fields); answer it inside `envelope`."""

    resource: Resource
    envelope: str | None
    extra: Extra | None = None
    # Copy only body fields that fit the resource's schema (see FieldFit), instead of refusing
    # a request whose valid body would make an invalid resource (ItemGuard's 400).
    lenient: bool = False
    schema: dict[str, Any] = field(default_factory=dict)
    guard: ItemGuard | None = None
    fit: FieldFit | None = None

    def bind(self, op: CompiledOperation) -> None:
        self.bind_to(op, item_schema(op, self.envelope))

    def bind_to(self, op: CompiledOperation, schema: dict[str, Any]) -> None:
        """Prepare to build items of `schema` (the answer's item schema, or another)."""
        self.schema = schema
        self.guard = ItemGuard(op, self.schema)
        self.fit = FieldFit(op, self.schema) if self.lenient else None

    def build(self, call: Call, body: Any = None) -> dict[str, Any]:
        """A new item from `body` (default: the request's body) and `extra`."""
        body = call.body if body is None else body
        body = body if isinstance(body, dict) else {}
        fields = self.fit.keep(body) if self.fit is not None else body
        fields = {**fields, **(self.extra(call) if self.extra else {})}
        item = build_item(call, self.schema, fields, self.resource.id_prefix)
        if self.guard is not None:
            self.guard.check(item)
        return item

    def __call__(self, call: Call) -> Reply:
        item = self.build(call)
        call.store.put(self.resource.collection, item["id"], item)
        return call.op.success_status, wrap(self.envelope, item)


@dataclass
class Read(Unbound):
    """Answer one stored item, or 404."""

    resource: Resource
    envelope: str | None
    key: str = "id"

    def __call__(self, call: Call) -> Reply:
        item = call.store.get(self.resource.collection, str(call.path[self.key]))
        if item is None:
            raise not_found(f"{self.envelope or self.resource.collection} {call.path[self.key]}")
        return call.op.success_status, wrap(self.envelope, item)


@dataclass
class Update:
    """Change the given fields of a stored item; `merge_maps` merge key by key."""

    resource: Resource
    envelope: str | None
    key: str = "id"
    merge_maps: tuple[str, ...] = ()
    lenient: bool = False  # as Create's
    extra: Callable[[Call, dict[str, Any]], Mapping[str, Any]] | None = None
    schema: dict[str, Any] = field(default_factory=dict)
    guard: ItemGuard = field(init=False)
    fit: FieldFit | None = None

    def bind(self, op: CompiledOperation) -> None:
        self.schema = item_schema(op, self.envelope)
        self.guard = ItemGuard(op, self.schema)
        self.fit = FieldFit(op, self.schema) if self.lenient else None

    def __call__(self, call: Call) -> Reply:
        key = str(call.path[self.key])
        item = call.store.get(self.resource.collection, key)
        if item is None:
            raise not_found(f"{self.envelope or self.resource.collection} {key}")
        body = call.body if isinstance(call.body, dict) else {}
        fields = self.fit.keep(body) if self.fit is not None else body
        if self.extra is not None:
            fields = {**fields, **self.extra(call, item)}
        updated = merge_fields(item, fields, self.schema, self.merge_maps)
        self.guard.check(updated)
        call.store.put(self.resource.collection, key, updated)
        return call.op.success_status, wrap(self.envelope, updated)


@dataclass
class Delete(Unbound):
    """Remove a stored item (then run `cascade`), answer `{}`; 404 when absent."""

    resource: Resource
    key: str = "id"
    cascade: Callable[[Call, str], None] | None = None

    def __call__(self, call: Call) -> Reply:
        key = str(call.path[self.key])
        if not call.store.delete(self.resource.collection, key):
            raise not_found(f"{self.resource.collection} {key}")
        if self.cascade is not None:
            self.cascade(call, key)
        return call.op.success_status, {}


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
        self.items_key = self.items_key or (op.pagination or {}).get("items")
        answer = op.success_schema()
        self.bare = answer.get("type") == "array"  # the answer is the list itself (WorkDrive SSOs)
        schema = answer if self.bare else answer.get("properties", {}).get(self.items_key or "", {})
        item = resolve(op.document, resolve(op.document, schema).get("items", {}))
        self.fields = frozenset(item.get("properties", {}))

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
        if call.op.pagination is None:
            return call.op.success_status, items if self.bare else {
                self.items_key or "items": items
            }
        return call.op.success_status, paginate(call, items, {})


@dataclass
class GetOrCreate:
    """Answer the first item matching the body's `match` fields; create it when none does."""

    resource: Resource
    envelope: str
    match: tuple[str, ...]
    extra: Extra | None = None
    create: Create = field(init=False)

    def __post_init__(self) -> None:
        self.create = Create(self.resource, self.envelope, self.extra)

    def bind(self, op: CompiledOperation) -> None:
        self.create.bind(op)

    def __call__(self, call: Call) -> Reply:
        wanted = {key: (call.body or {}).get(key) for key in self.match}
        wanted = {k: v for k, v in wanted.items() if v not in (None, {}, [])}
        for item in call.store.items(self.resource.collection):
            if wanted and matches(item, wanted):
                return call.op.success_status, {self.envelope: item}
        _, reply = self.create(call)
        return call.op.success_status, reply


@dataclass
class Example(Unbound):
    """The default for operations no behaviour is declared for: the documented example."""

    def __call__(self, call: Call) -> Reply:
        return call.op.success_status, call.op.success_example()
