"""Departments, locations and security groups of the WorkDrive mock: their members, heads
and member counts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.apis.workdrive.catalogues import Catalogue, CatalogueList
from specbench.mock.apis.workdrive.members import (
    SUMMARY_FIELDS,
    GroupMembers,
    Members,
    Membership,
    summary,
)
from specbench.mock.behaviours.call import Behaviour, Call, Reply, Unbound
from specbench.mock.behaviours.crud import Create, Delete, Resource, Update
from specbench.mock.behaviours.ids import UUID
from specbench.mock.behaviours.lists import ListItems

DEPARTMENTS = Resource("departments", UUID)
LOCATIONS = Resource("locations", UUID)
SECURITY_GROUPS = Resource("security_groups", UUID)

DEPARTMENT_MEMBERS = Membership(DEPARTMENTS, "department_members")
DEPARTMENT_HEADS = Membership(DEPARTMENTS, "department_heads")
LOCATION_MEMBERS = Membership(LOCATIONS, "location_members")
SECURITY_GROUP_MEMBERS = Membership(SECURITY_GROUPS, "security_group_members")
SECURITY_GROUP_CATALOGUE = Catalogue(SECURITY_GROUPS)


def forget_group(*memberships: Membership) -> Any:
    def cascade(call: Call, group_id: str) -> None:
        for membership in memberships:
            call.store.delete_children(membership.collection, group_id)

    return cascade


def counted(
    call: Call, item: dict[str, Any], fields: frozenset[str], counts: Mapping[str, Counter]
) -> dict[str, Any]:
    """A listed item cut to the listing's fields, with its derived fields computed now."""
    answer = {k: v for k, v in item.items() if k in fields}
    for name, count in counts.items():
        answer[name] = count(call, str(item["id"]))
    return answer


Counter = Callable[[Call, str], Any]


def member_count(membership: Membership) -> Counter:
    return lambda call, group_id: len(membership.user_ids(call, group_id))


def head_summaries(call: Call, department_id: str) -> list[dict[str, Any]]:
    return [
        summary(call, user_id, SUMMARY_FIELDS)
        for user_id in DEPARTMENT_HEADS.user_ids(call, department_id)
    ]


@dataclass
class CountedList(ListItems):
    """A listing whose items carry counts computed from the memberships the mock holds."""

    counts: Mapping[str, Counter] = field(default_factory=dict)

    def __call__(self, call: Call) -> Reply:
        status, reply = super().__call__(call)
        key = self.items_key or "items"
        reply[key] = [counted(call, item, self.fields, self.counts) for item in reply[key]]
        return status, reply


@dataclass
class CountedCatalogueList(CountedList, CatalogueList):
    """A catalogue listing (security groups) with counts computed as `CountedList`'s."""


def member_ids(entries: Any) -> list[str]:
    """Ids out of a list of member entries (`{id, …}`) or of bare ids."""
    ids = []
    for entry in entries or []:
        value = entry.get("id") if isinstance(entry, dict) else entry
        if value is not None:
            ids.append(str(value))
    return ids


@dataclass
class CreateDepartment(Create):
    """A department; body `members` join it, those marked admin or head also head it."""

    def __call__(self, call: Call) -> Reply:
        status, item = super().__call__(call)
        entries = (call.body or {}).get("members") or []
        DEPARTMENT_MEMBERS.add(call, item["id"], member_ids(entries))
        heads = [
            e
            for e in entries
            if isinstance(e, dict) and (e.get("isAdmin") or e.get("isDepartmentHead"))
        ]
        DEPARTMENT_HEADS.add(call, item["id"], member_ids(heads))
        return status, item


@dataclass
class UpdateDepartmentHead(Unbound):
    """`add` heads (who also become members), `remove` one head; answer the department."""

    def __call__(self, call: Call) -> Reply:
        department = DEPARTMENT_HEADS.group(call, "id")
        body = call.body or {}
        added = member_ids(body.get("add"))
        DEPARTMENT_HEADS.add(call, department["id"], added)
        DEPARTMENT_MEMBERS.add(call, department["id"], added)
        if body.get("remove"):
            DEPARTMENT_HEADS.remove(call, department["id"], [str(body["remove"])])
        return call.op.success_status, department


class DepartmentMembers(Members):
    """Members of a department, with the ids of its heads."""

    def __call__(self, call: Call) -> Reply:
        status, answer = super().__call__(call)
        if "departmentHeads" in call.op.success_schema().get("properties", {}):
            answer["departmentHeads"] = DEPARTMENT_HEADS.user_ids(call, answer["id"])
        return status, answer


def add_and_remove(body: Any) -> tuple[list[str], list[str]]:
    """`addMembers` (entries or ids) and `removeMembers` (ids) of a members update."""
    return member_ids(body.get("addMembers")), member_ids(body.get("removeMembers"))


@dataclass
class CatalogueGroupMembers(GroupMembers):
    """Members of a security group (a catalogue: stocked before the first change)."""

    def __call__(self, call: Call) -> Reply:
        SECURITY_GROUP_CATALOGUE.ensure(call)
        return super().__call__(call)


BEHAVIOURS: dict[str, Behaviour] = {
    "listDepartments": CountedList(
        DEPARTMENTS,
        counts={"memberCount": member_count(DEPARTMENT_MEMBERS), "admins": head_summaries},
    ),
    "createDepartment": CreateDepartment(DEPARTMENTS, None, lenient=True),
    "updateDepartment": Update(DEPARTMENTS, None, lenient=True),
    "deleteDepartment": Delete(
        DEPARTMENTS, cascade=forget_group(DEPARTMENT_MEMBERS, DEPARTMENT_HEADS)
    ),
    "updateDepartmentHead": UpdateDepartmentHead(),
    "getDepartmentMembers": DepartmentMembers(DEPARTMENT_MEMBERS),
    "updateDepartmentMembers": DepartmentMembers(DEPARTMENT_MEMBERS, change=add_and_remove),
    "listLocations": CountedList(LOCATIONS, counts={"memberCount": member_count(LOCATION_MEMBERS)}),
    "createLocation": Create(LOCATIONS, None, lenient=True),
    "updateLocation": Update(LOCATIONS, None, lenient=True),
    "deleteLocation": Delete(LOCATIONS, cascade=forget_group(LOCATION_MEMBERS)),
    "getLocationMembers": Members(LOCATION_MEMBERS),
    "updateLocationMembers": Members(LOCATION_MEMBERS, change=add_and_remove),
    "listSecurityGroups": CountedCatalogueList(
        SECURITY_GROUPS,
        catalogue=SECURITY_GROUP_CATALOGUE,
        counts={"memberCount": member_count(SECURITY_GROUP_MEMBERS)},
    ),
    "addSecurityGroupMembers": CatalogueGroupMembers(SECURITY_GROUP_MEMBERS, adding=True),
    "removeSecurityGroupMembers": CatalogueGroupMembers(SECURITY_GROUP_MEMBERS, adding=False),
}
