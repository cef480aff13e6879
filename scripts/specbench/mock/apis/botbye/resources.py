"""The BotBye mock's behaviours: projects stored per account, their rules and rate limiters, and
the read-only collections of each project, all listed through the keyset query builder."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.apis.botbye import fixtures
from specbench.mock.apis.botbye.fields import Fields
from specbench.mock.apis.botbye.query import compile_query
from specbench.mock.behaviours import UUID, Behaviour, Call, Reply, Unbound, new_id
from specbench.mock.errors import ApiError, invalid_parameter
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import SchemaValidator, now, resolve
from specbench.pagination.keyset import KeysetPaging

PROJECTS = "projects"
RULE_FIELDS = ("name", "action", "isActive", "condition")
RATE_LIMITER_FIELDS = (*RULE_FIELDS, "periodInSec", "limit")
# A project's rules and rate limiters live inside it: one lock serialises read-modify-write.
_WRITE = threading.Lock()

Source = Callable[[Call], list[dict[str, Any]]]
Order = tuple[tuple[str, str], ...]


def account_of(call: Call) -> str:
    return str(call.path["account_id"])


def project_of(call: Call) -> dict[str, Any]:
    """The project named in the path, if it belongs to the account in the path; else 404."""
    project_id = str(call.path["project_id"])
    item = call.store.get(PROJECTS, project_id)
    if not isinstance(item, dict) or item.get("customerId") != account_of(call):
        raise ApiError(404, f"Project {project_id} not found")
    return item


def save(call: Call, project: dict[str, Any]) -> None:
    project["updatedAt"] = now()
    call.store.put(PROJECTS, str(project["id"]), project, parent=str(project["customerId"]))


# --- lists -------------------------------------------------------------------------------------


def _node_schema(op: CompiledOperation, paging: KeysetPaging | None) -> Any:
    """The schema of one listed item: `edges[].node` of a connection, or a plain array's item."""
    schema = op.success_schema()
    if paging is None:
        return resolve(op.document, schema.get("items", {}))
    edges = resolve(op.document, schema["properties"][paging.items])
    edge = resolve(op.document, edges["items"])
    return edge["properties"][paging.node]


@dataclass
class QueryList:
    """GET of a collection through the query builder: `where`, `order_by`, and when the
    operation is paged (`x-specbench-pagination` style `keyset`), `cursor` and `total`."""

    source: Source
    default_order: Order
    tiebreak: tuple[str, ...] = ("id",)
    fields: Fields = field(init=False)
    schemas: dict[str, SchemaValidator] = field(init=False)
    paging: KeysetPaging | None = field(init=False)

    def bind(self, op: CompiledOperation) -> None:
        paging = op.paging
        if paging is not None and not isinstance(paging, KeysetPaging):
            raise NotImplementedError(f"pagination style {paging.style!r}")
        self.paging = paging
        self.fields = Fields.from_schema(op.document, _node_schema(op, paging))
        self.schemas = {
            param.name: op.compiler.compile(param.schema["contentSchema"])
            for param in op.parameters
            if param.location == "query" and "contentSchema" in param.schema
        }

    def check(self, name: str, value: Any) -> None:
        """The spec's own schema of the parameter's JSON (after the friendlier checks)."""
        validator = self.schemas.get(name)
        errors = validator.errors(value) if validator is not None else []
        if errors:
            raise invalid_parameter(name, "; ".join(errors))

    def __call__(self, call: Call) -> Reply:
        query = compile_query(
            call.query, self.fields, self.default_order, self.tiebreak, self.check, self.paging
        )
        items = self.source(call)
        if self.paging is not None:
            return call.op.success_status, query.connection(items)
        return call.op.success_status, query.select(items)


def stored_projects(call: Call) -> list[dict[str, Any]]:
    return [dict(item) for item in call.store.items(PROJECTS, parent=account_of(call))]


def of_project(make: Callable[[Mapping[str, Any]], list[dict[str, Any]]]) -> Source:
    """The fixture rows of the project in the path (404 when it is not the account's)."""
    return lambda call: make(project_of(call))


# --- projects ----------------------------------------------------------------------------------


@dataclass
class CreateProject(Unbound):
    """POST …/projects: a new project with fresh keys, no rules and no rate limiters."""

    def __call__(self, call: Call) -> Reply:
        body = call.body if isinstance(call.body, dict) else {}
        stamp = now()
        project: dict[str, Any] = {"id": new_id(call.store, UUID), "customerId": account_of(call)}
        project.update({key: body[key] for key in ("name", "url") if key in body})
        project.update(
            {
                "siteKey": new_id(call.store, UUID),
                "serverKey": new_id(call.store, UUID),
                "isProtected": False,
                "rules": {"order": [], "rules": []},
                "rateLimits": {"order": [], "rateLimits": []},
            }
        )
        if body.get("url"):
            project["phishingInfo"] = {
                "originalUrl": body["url"],
                "action": "block",
                "allowedUrls": [],
            }
        project.update({"responseExtraFields": [], "updatedAt": stamp, "createdAt": stamp})
        call.store.put(PROJECTS, project["id"], project, parent=account_of(call))
        return call.op.success_status, project


@dataclass
class GetProject(Unbound):
    def __call__(self, call: Call) -> Reply:
        return call.op.success_status, project_of(call)


# --- rules and rate limiters -------------------------------------------------------------------


@dataclass(frozen=True)
class Members:
    """Where a project keeps one kind of member: `project[group][items]`, ids in `[group].order`."""

    group: str
    items: str
    fields: Sequence[str]
    label: str

    def listed(self, project: dict[str, Any]) -> list[dict[str, Any]]:
        holder = project.setdefault(self.group, {})
        holder.setdefault("order", [])
        found: list[dict[str, Any]] = holder.setdefault(self.items, [])
        return found

    def pick(self, body: Any) -> dict[str, Any]:
        source = body if isinstance(body, dict) else {}
        return {key: source[key] for key in self.fields if key in source}


RULES = Members("rules", "rules", RULE_FIELDS, "Rule")
RATE_LIMITERS = Members("rateLimits", "rateLimits", RATE_LIMITER_FIELDS, "Rate limiter")


@dataclass
class AddMember(Unbound):
    """POST: append a member (and its id to the evaluation order); answer it or the project."""

    members: Members
    answer_project: bool

    def __call__(self, call: Call) -> Reply:
        with _WRITE:
            project = project_of(call)
            member = {"id": new_id(call.store, UUID), **self.members.pick(call.body)}
            self.members.listed(project).append(member)
            project[self.members.group]["order"].append(member["id"])
            save(call, project)
        return call.op.success_status, project if self.answer_project else member


@dataclass
class ChangeMember(Unbound):
    """PUT on the collection: the body's `id` names the member; the given fields replace.

    An `id` that names no member of the project is a 400: the path (the project) exists, the
    body is wrong (specs/botbye/ERRATA.md "Updates address the collection")."""

    members: Members
    answer_project: bool

    def __call__(self, call: Call) -> Reply:
        member_id = str((call.body or {}).get("id"))
        with _WRITE:
            project = project_of(call)
            for member in self.members.listed(project):
                if member.get("id") == member_id:
                    member.update(self.members.pick(call.body))
                    break
            else:
                raise ApiError(400, f"{self.members.label} {member_id} is not in the project")
            save(call, project)
        return call.op.success_status, project if self.answer_project else {}


BEHAVIOURS: dict[str, Behaviour] = {
    "listProjects": QueryList(stored_projects, (("createdAt", "DESC"),)),
    "getProject": GetProject(),
    "createProject": CreateProject(),
    "createRule": AddMember(RULES, answer_project=False),
    "updateRule": ChangeMember(RULES, answer_project=False),
    "createRateLimiter": AddMember(RATE_LIMITERS, answer_project=True),
    "updateRateLimiter": ChangeMember(RATE_LIMITERS, answer_project=True),
    "listRequests": QueryList(of_project(fixtures.requests_for), (("createdAt", "DESC"),)),
    "listRequestOverviews": QueryList(
        of_project(fixtures.overviews_for), (("day", "ASC"), ("hour", "ASC"))
    ),
    "listMultiAccounts": QueryList(
        of_project(fixtures.multi_accounts_for),
        (("createdAt", "DESC"),),
        tiebreak=("userId", "accountId"),
    ),
    "listCompromisedUsers": QueryList(
        of_project(fixtures.compromised_users_for), (("lastLoginAt", "DESC"),)
    ),
}
