"""Create, read, update and delete one stored resource kind, and get-or-create."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.behaviours.call import Call, Reply, Unbound
from specbench.mock.behaviours.envelope import item_schema, wrap
from specbench.mock.behaviours.items import FieldFit, ItemGuard, build_item, matches, merge_fields
from specbench.mock.errors import not_found
from specbench.mock.operations import CompiledOperation


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
