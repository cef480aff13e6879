"""Membership of users in departments, locations and security groups.

A membership is stored under `<group id>/<user id>` with the group id as parent; members are
answered as user summaries (the stored user's summary fields, or just the id of a user the mock
does not know).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from specbench.mock.behaviours import Call, FieldFit, Reply, Resource, Unbound
from specbench.mock.errors import not_found
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import resolve

USERS = Resource("users", "uuid")
SUMMARY_FIELDS = ("id", "firstName", "lastName", "email", "phone", "color")


@dataclass(frozen=True)
class Membership:
    """Users belonging to the items of one group collection."""

    groups: Resource
    collection: str

    def group(self, call: Call, key: str) -> dict[str, Any]:
        group: dict[str, Any] | None = call.store.get(self.groups.collection, str(call.path[key]))
        if group is None:
            raise not_found(f"{self.groups.collection} {call.path[key]}")
        return group

    def add(self, call: Call, group_id: str, user_ids: Iterable[str]) -> None:
        for user_id in user_ids:
            record = {"groupId": group_id, "userId": user_id}
            call.store.put(self.collection, f"{group_id}/{user_id}", record, parent=group_id)

    def remove(self, call: Call, group_id: str, user_ids: Iterable[str]) -> None:
        for user_id in user_ids:
            call.store.delete(self.collection, f"{group_id}/{user_id}")

    def user_ids(self, call: Call, group_id: str) -> list[str]:
        return [r["userId"] for r in call.store.items(self.collection, parent=group_id)]


def strings(values: Any) -> list[str]:
    """The strings of a list (user ids, e-mails, tags …); nothing for anything else."""
    if not isinstance(values, list):
        return []
    return [value for value in values if isinstance(value, str)]


def joined(current: list[str], added: Any, removed: Any) -> list[str]:
    """`current` with the strings of `added` appended (each once, in the order first seen) and
    the strings of `removed` dropped: how the API's add/remove lists change a list of ids."""
    gone = set(strings(removed))
    result = dict.fromkeys(current + strings(added))
    return [value for value in result if value not in gone]


def owners_changed(current: list[str], kb: Any) -> list[str] | None:
    """The owner ids after `kb.newOwnerIds` / `kb.removeOwnerIds`; None when neither was sent
    (or `kb` is no object)."""
    if not isinstance(kb, Mapping) or ("newOwnerIds" not in kb and "removeOwnerIds" not in kb):
        return None
    return joined(current, kb.get("newOwnerIds"), kb.get("removeOwnerIds"))


def summary(call: Call, user_id: str, fields: Iterable[str]) -> dict[str, Any]:
    """A stored user cut down to `fields`; only the id for a user the mock does not know."""
    user = call.store.get(USERS.collection, user_id) or {"id": user_id}
    return {name: user[name] for name in fields if name in user}


def member_schema(op: CompiledOperation) -> dict[str, Any]:
    """The schema of a member entry in the operation's answer (`members[]`)."""
    members = op.success_schema().get("properties", {}).get("members", {})
    return resolve(op.document, resolve(op.document, members).get("items", {}))


BodyIds = Callable[[Any], tuple[list[str], list[str]]]


@dataclass
class Members:
    """GET or change a group's members; answers the group with its `members` (and heads)."""

    membership: Membership
    key: str = "id"
    change: BodyIds | None = None  # body -> (ids to add, ids to remove)
    fit: FieldFit | None = None

    def bind(self, op: CompiledOperation) -> None:
        self.fit = FieldFit(op, member_schema(op))

    def __call__(self, call: Call) -> Reply:
        group = self.membership.group(call, self.key)
        group_id = str(group["id"])
        if self.change is not None:
            add, remove = self.change(call.body or {})
            self.membership.add(call, group_id, add)
            self.membership.remove(call, group_id, remove)
        answer = dict(group)
        assert self.fit is not None, "bind() first"
        stored = (
            call.store.get(USERS.collection, u) or {"id": u}
            for u in self.membership.user_ids(call, group_id)
        )
        answer["members"] = [self.fit.keep(user) for user in stored]
        return call.op.success_status, answer


@dataclass
class GroupMembers(Unbound):
    """Add or remove the users in body `ids` of a group; answers `{}`."""

    membership: Membership
    adding: bool
    key: str = "groupId"

    def __call__(self, call: Call) -> Reply:
        group_id = str(self.membership.group(call, self.key)["id"])
        ids = [str(i) for i in (call.body or {}).get("ids") or []]
        if self.adding:
            self.membership.add(call, group_id, ids)
        else:
            self.membership.remove(call, group_id, ids)
        return call.op.success_status, {}
